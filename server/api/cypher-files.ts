import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../neo4j/paths.ts";

// API Cypher lives in cypher/api/<name>.cypher so it can be read, reviewed and
// run in Neo4j Browser as is. Every query is parameterised: no string building.
const apiCypherDir = join(projectRoot, "cypher", "api");
const cache = new Map<string, string>();

export function apiCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(apiCypherDir, `${name}.cypher`), "utf8");
    cache.set(name, text);
  }
  return text;
}
