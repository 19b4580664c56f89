/**
 * Writes or checks the artefacts generated from model/graph-model.json:
 * cypher/schema.cypher and the generated blocks of cypher/README.md.
 *   npx tsx server/graph/generate-artefacts.ts           exit 1 when one is stale
 *   npx tsx server/graph/generate-artefacts.ts --write   rewrite them
 * generated-artefacts.test.ts runs the same comparison.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "../../common/paths.ts";
import { readmePath, renderReadme } from "./schema-doc.ts";
import { renderSchemaCypher } from "./schema-cypher.ts";

export const schemaCypherPath = join(projectRoot, "cypher", "schema.cypher");

export interface Artefact { path: string; current: string; next: string }

/** Every generated file with its text now and as the model renders it. */
export function generatedArtefacts(): Artefact[] {
  const readme = readFileSync(readmePath, "utf8");
  return [
    { path: schemaCypherPath, current: readFileSync(schemaCypherPath, "utf8"), next: renderSchemaCypher() },
    { path: readmePath, current: readme, next: renderReadme(readme) },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const write = process.argv.includes("--write");
  let stale = 0;
  for (const a of generatedArtefacts()) {
    const name = relative(projectRoot, a.path);
    if (a.next === a.current) console.log(`${name} is up to date.`);
    else if (write) { writeFileSync(a.path, a.next); console.log(`${name} rewritten.`); }
    else { stale++; console.log(`${name} is stale: run with --write.`); }
  }
  process.exitCode = stale ? 1 : 0;
}
