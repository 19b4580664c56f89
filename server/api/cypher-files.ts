import { readFileSync } from "node:fs";
import { join } from "node:path";
import { relationTypeNames } from "../../extract/model/graph-model.ts";
import { projectRoot } from "../neo4j/paths.ts";

// API Cypher lives in cypher/api/<name>.cypher so it can be read, reviewed and
// run in Neo4j Browser as is. Every value is a parameter. The one substitution:
// __FACT_TYPES__ becomes the fact relationship types of graph-model.ts
// (ASKED|ANSWERED|...), never user input: relationship types cannot be
// parameters, and a typed pattern lets Neo4j skip the many structural
// relationships (MENTIONS, REFERS_TO, SUPPORTS, IN) instead of filtering them.
const FACT_TYPES = relationTypeNames.join("|");
const apiCypherDir = join(projectRoot, "cypher", "api");
const cache = new Map<string, string>();

export function apiCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(apiCypherDir, `${name}.cypher`), "utf8").replaceAll("__FACT_TYPES__", FACT_TYPES);
    cache.set(name, text);
  }
  return text;
}
