import { ForbiddenWriteError } from "../errors.ts";

// First line of defence for POST /api/cypher: a clear 400 before anything
// reaches Neo4j. The real guarantee is the READ access-mode session (Neo4j
// itself refuses writes); this check only makes the answer explicit and also
// refuses reads we do not want over HTTP (LOAD CSV reads server files, dbms
// procedures administer the server, USE switches databases).

/** Blanks out string literals, quoted identifiers and comments, keeping offsets. */
export function stripLiteralsAndComments(query: string): string {
  let out = "";
  let i = 0;
  while (i < query.length) {
    const char = query[i]!;
    const next = query[i + 1];
    if (char === "/" && next === "/") {
      while (i < query.length && query[i] !== "\n") (out += " "), i++;
    } else if (char === "/" && next === "*") {
      const end = query.indexOf("*/", i + 2);
      const stop = end === -1 ? query.length : end + 2;
      out += " ".repeat(stop - i);
      i = stop;
    } else if (char === "'" || char === '"' || char === "`") {
      out += " ";
      i++;
      while (i < query.length && query[i] !== char) {
        if (query[i] === "\\" && char !== "`") (out += " "), i++;
        out += " ";
        i++;
      }
      out += " ";
      i++;
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

const forbidden: Array<{ pattern: RegExp; what: string }> = [
  { pattern: /\bCREATE\b/i, what: "CREATE" },
  { pattern: /\bMERGE\b/i, what: "MERGE" },
  { pattern: /\bDELETE\b/i, what: "DELETE" },
  { pattern: /\bDETACH\b/i, what: "DETACH DELETE" },
  { pattern: /\bSET\b/i, what: "SET" },
  { pattern: /\bREMOVE\b/i, what: "REMOVE" },
  { pattern: /\bDROP\b/i, what: "DROP" },
  { pattern: /\bALTER\b/i, what: "ALTER" },
  { pattern: /\bRENAME\b/i, what: "RENAME" },
  { pattern: /\b(GRANT|DENY|REVOKE)\b/i, what: "privilege commands" },
  { pattern: /\bFOREACH\b/i, what: "FOREACH" },
  { pattern: /\bLOAD\s+CSV\b/i, what: "LOAD CSV" },
  { pattern: /\bIN\s+TRANSACTIONS\b/i, what: "CALL … IN TRANSACTIONS" },
  { pattern: /\bUSE\b/i, what: "USE (other databases)" },
  { pattern: /\b(START|STOP)\s+DATABASE\b/i, what: "database administration" },
  { pattern: /\bdbms\s*\./i, what: "dbms procedures" },
  { pattern: /\bdb\s*\.\s*(create|index\.fulltext\.(create|drop)|clearQueryCaches)/i, what: "schema procedures" },
  { pattern: /\bapoc\s*\./i, what: "APOC procedures" },
  { pattern: /\bgds\s*\./i, what: "GDS procedures" },
];

/** Throws ForbiddenWriteError (400) for write or administrative Cypher. */
export function assertReadOnlyCypher(query: string): void {
  const code = stripLiteralsAndComments(query);
  const hits = forbidden.filter(({ pattern }) => pattern.test(code)).map(({ what }) => what);
  if (hits.length > 0) {
    throw new ForbiddenWriteError(`Only read queries are allowed here; found ${hits.join(", ")}.`, { forbidden: hits });
  }
}
