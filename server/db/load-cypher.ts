/**
 * The one loader of the Cypher kept in cypher/ (.cypher files, so every
 * statement can be read, reviewed and run in Neo4j Browser as is): the schema,
 * the ingestion statements (cypher/ingest), the API's statements (cypher/api)
 * and the named queries (cypher/queries).
 *
 * One substitution, never with user input: __FACT_TYPES__ becomes the fact
 * relationship types of the model (ASKED|ANSWERED|...). Relationship types
 * cannot be parameters, and a typed pattern lets Neo4j skip the many
 * structural relationships (MENTIONS, REFERS_TO, SUPPORTS, IN) instead of
 * filtering them. Other templates (__ENTITY_LABEL__, __REL_TYPE__) are filled
 * by their callers (server/graph/typed-statements.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cypherDir } from "../../common/paths.ts";
import { relationTypeNames } from "../../extract/model/graph-model.ts";

const FACT_TYPES = relationTypeNames.join("|");
const cache = new Map<string, string>();

// Names are plain kebab/snake-case words: no paths, no traversal.
const namePattern = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * Cypher by name: "schema" → cypher/schema.cypher, "queries/neighbourhood" →
 * cypher/queries/neighbourhood.cypher (one folder level at most). Cached.
 */
export function loadCypher(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const parts = name.split("/");
  const valid = parts.length <= 2 && parts.every((part) => namePattern.test(part));
  if (!valid) throw new Error(`Invalid Cypher file name "${name}" (expected "name" or "folder/name", e.g. "queries/name").`);
  const text = readCypherFile(join(cypherDir, ...parts) + ".cypher");
  cache.set(name, text);
  return text;
}

/** A .cypher file at a path (e.g. a folder of finding queries given in a test), not cached. */
export function readCypherFile(file: string): string {
  if (!existsSync(file)) throw new Error(`No Cypher file ${file}.`);
  return readFileSync(file, "utf8").replaceAll("__FACT_TYPES__", FACT_TYPES);
}

/** Names (without .cypher) of the Cypher files of a folder, sorted; a missing folder has none. */
export function cypherNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".cypher"))
    .map((file) => file.slice(0, -".cypher".length))
    .sort();
}

/** A folder of cypher/ (e.g. "queries"), for cypherNames. */
export const cypherFolder = (folder: "api" | "ingest" | "queries"): string => join(cypherDir, folder);

/**
 * Splits a file of several statements on the `;` that ends a line. Comment
 * lines (//) are dropped. Good enough for our own schema files; string
 * literals containing ";\n" are not supported.
 */
export function splitCypherStatements(text: string): string[] {
  const withoutComments = text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n");
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
