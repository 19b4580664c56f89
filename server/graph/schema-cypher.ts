/**
 * Renders cypher/schema.cypher from the model's structural nodes: a
 * uniqueness constraint per node key, a range index per property marked
 * `"index": "range"`, a full-text index per `"fulltext"` name. Pure; the
 * file is written by `npx tsx server/graph/generate-artefacts.ts --write`
 * and generated-artefacts.test.ts fails when it is stale.
 */
import { STRUCTURAL_NODES, structuralNodeLabels } from "../../model/graph-model.ts";

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/^_/, "");

export function renderSchemaCypher(): string {
  const constraints: string[] = [];
  const indexes: string[] = [];
  const fulltext = new Map<string, { label: string; properties: string[] }>();
  for (const label of structuralNodeLabels) {
    const node = STRUCTURAL_NODES[label];
    constraints.push(`CREATE CONSTRAINT ${snake(label)}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE;`);
    for (const [name, p] of Object.entries(node.properties)) {
      if (p.index === "range") indexes.push(`CREATE INDEX ${snake(label)}_${snake(name)} IF NOT EXISTS FOR (n:${label}) ON (n.${name});`);
      if (p.fulltext) {
        const index = fulltext.get(p.fulltext) ?? { label, properties: [] };
        if (index.label !== label) throw new Error(`full-text index ${p.fulltext} spans labels ${index.label} and ${label}`);
        index.properties.push(name);
        fulltext.set(p.fulltext, index);
      }
    }
  }
  const search = [...fulltext].map(
    ([name, { label, properties }]) => `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON EACH [${properties.map((p) => `n.${p}`).join(", ")}];`,
  );
  return [
    "// kamergraaf schema, GENERATED from model/graph-model.json (structuralNodes):",
    "// edit the model, then run `npx tsx server/graph/generate-artefacts.ts --write`.",
    "// Applied at every start by server/db/apply-schema.ts; every statement is",
    "// IF NOT EXISTS, so re-running is harmless. One statement per `;`.",
    "",
    "// Uniqueness of the stable keys (also gives each key an index).",
    ...constraints,
    "",
    "// Lookups (properties marked \"index\": \"range\" in the model).",
    ...indexes,
    "",
    "// Search box: names and aliases (aliasText = the aliases list joined by \" | \").",
    ...search,
    "",
  ].join("\n");
}
