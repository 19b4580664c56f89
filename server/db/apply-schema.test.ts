import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCypher, splitCypherStatements } from "./load-cypher.ts";
import { schemaStatements } from "./apply-schema.ts";

describe("splitCypherStatements", () => {
  it("splits on line-ending semicolons and drops comment lines", () => {
    expect(splitCypherStatements("// hi\nMATCH (n)\nRETURN n;\n\nRETURN 1;\nRETURN 'a;b'")).toEqual([
      "MATCH (n)\nRETURN n",
      "RETURN 1",
      "RETURN 'a;b'",
    ]);
  });
});

describe("loadCypher", () => {
  it("refuses names that are paths", () => {
    expect(() => loadCypher("../package")).toThrow(/Invalid Cypher file name/);
    expect(() => loadCypher("/etc/passwd")).toThrow(/Invalid Cypher file name/);
    expect(() => loadCypher("a/b/c")).toThrow(/Invalid Cypher file name/);
  });

  it("says which file is missing", () => {
    expect(() => loadCypher("queries/no-such-query")).toThrow(/no-such-query\.cypher/);
  });
});

describe("cypher/schema.cypher", () => {
  const statements = schemaStatements();

  it("is idempotent: every statement is IF NOT EXISTS", () => {
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements) expect(statement).toMatch(/ IF NOT EXISTS /);
  });

  it("has a uniqueness constraint for every node key in cypher/README.md", () => {
    const readme = readFileSync(new URL("../../cypher/README.md", import.meta.url), "utf8");
    const labels = [...readme.matchAll(/^\| `(\w+)`[^|]*\| `key`/gm)].map((m) => m[1]);
    expect(labels).toEqual(["Document", "Question", "Entity", "Mention", "Evidence", "Commitment"]);
    for (const label of labels) {
      expect(statements.some((s) => s.includes(`(n:${label}) REQUIRE n.key IS UNIQUE`)), label).toBe(true);
    }
  });

  it("has the entityNames full-text index over name and aliasText", () => {
    expect(statements).toContain("CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]");
  });
});
