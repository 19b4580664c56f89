import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const cypherDir = dirname(fileURLToPath(import.meta.url));
const cache = new Map<string, string>();

// Names are plain kebab/snake-case words: no paths, no traversal.
const namePattern = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * Loads Cypher kept in .cypher files (so it can be read and run on its own)
 * by name: "schema" → cypher/schema.cypher, "queries/neighbourhood" →
 * cypher/queries/neighbourhood.cypher (any one folder level, e.g. "api/x").
 */
export function loadCypher(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const parts = name.split("/");
  const valid = parts.length <= 2 && parts.every((part) => namePattern.test(part));
  if (!valid) throw new Error(`Invalid Cypher file name "${name}" (expected "name" or "folder/name", e.g. "queries/name").`);
  const file = join(cypherDir, ...parts) + ".cypher";
  if (!existsSync(file)) throw new Error(`No Cypher file ${file}.`);
  const text = readFileSync(file, "utf8");
  cache.set(name, text);
  return text;
}

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
