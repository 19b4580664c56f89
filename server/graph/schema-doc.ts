/**
 * Keeps the tables of cypher/README.md in sync with the model
 * (model/graph-model.json) and the named queries (cypher/queries):
 * the README holds `<!-- BEGIN generated:NAME -->…<!-- END generated:NAME -->`
 * blocks that this module renders. `npx tsx server/graph/generate-artefacts.ts --write`
 * rewrites them (and cypher/schema.cypher); generated-artefacts.test.ts fails when they are stale.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  DOCUMENT_KINDS,
  ENTITY_TYPES,
  FACT_RELATIONSHIP,
  ORGANISATION_KINDS,
  RELATION_PROPERTIES,
  RELATION_TYPES,
  STRUCTURAL_NODES,
  STRUCTURAL_RELATIONS,
  type NodePropertyRow,
} from "../../model/graph-model.ts";
import { projectRoot } from "../../common/paths.ts";
import { allNamedQueries } from "./named-queries.ts";

export const readmePath = join(projectRoot, "cypher", "README.md");

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (text: string) => `\`${text.replace(/\|/g, "\\|")}\``;
const codes = (names: readonly string[]) => names.map(code).join(", ");

function propertyText(name: string, p: NodePropertyRow): string {
  const notes: string[] = [];
  if (p.type === "date" || p.type === "datetime") notes.push(`Neo4j \`${p.type}\``);
  if (p.type === "string[]") notes.push("list");
  if (p.values === "documentKinds") notes.push(DOCUMENT_KINDS.join(", "));
  if (p.fulltext) notes.push(`full-text index \`${p.fulltext}\``);
  if (p.description) notes.push(cell(p.description));
  return notes.length ? `\`${name}\` (${notes.join("; ")})` : `\`${name}\``;
}

function nodesTable(): string {
  const rows = Object.entries(STRUCTURAL_NODES).map(([label, node]) => {
    const labels = node.labels ? `${code(label)} ${node.labels} (below)` : code(label);
    const example = node.keyDescription ? `${cell(node.keyDescription)}; e.g. ${code(node.keyExample)}` : `e.g. ${code(node.keyExample)}`;
    const key = `\`key\` (${code(node.keyFormat)}, ${example})`;
    const properties = Object.entries(node.properties).map(([name, p]) => propertyText(name, p)).join(", ");
    return `| ${labels} | ${key} | ${properties} |`;
  });
  return ["| label(s) | key | properties |", "|---|---|---|", ...rows].join("\n");
}

function entityTypesTable(): string {
  const rows = Object.entries(ENTITY_TYPES).map(([label, t]) => `| ${code(label)} | ${cell(t.description)} |`);
  const kinds = Object.entries(ORGANISATION_KINDS).map(([k, row]) => `| ${code(k)} | ${row.traits.join(", ")} | ${row.examples.map(cell).join(", ")} |`);
  return [
    "| label (besides `Entity`) | what |", "|---|---|", ...rows, "",
    "Organisation `kind` values (any other kind is stored as `other`):", "",
    "| kind | traits | examples |", "|---|---|---|", ...kinds,
  ].join("\n");
}

function factRelationsTable(): string {
  const rows = Object.entries(RELATION_TYPES).map(([type, r]) => {
    const target = r.target === "@doc" ? "`Document` (the document itself)" : codes(r.target);
    return `| ${code(type)} | ${codes(r.source)} | ${target} | ${cell(r.label)} / ${cell(r.reverseLabel)} | ${codes(r.properties)} | ${cell(r.description)} |`;
  });
  return ["| type | from | to | label / reverse | optional properties | meaning |", "|---|---|---|---|---|---|", ...rows].join("\n");
}

function factPropertiesTable(): string {
  const always = Object.entries(FACT_RELATIONSHIP.properties).map(([name, p]) => `| ${code(name)} | ${p.type} | every fact | ${cell(p.description ?? "")} |`);
  const optional = Object.entries(RELATION_PROPERTIES).map(([name, p]) => `| ${code(name)} | ${p.type} | where the type lists it (not extracted yet) | ${cell(p.description)} |`);
  return ["| property | type | on | meaning |", "|---|---|---|---|", ...always, ...optional].join("\n");
}

function structuralRelationsTable(): string {
  const rows = Object.entries(STRUCTURAL_RELATIONS).map(([type, r]) => {
    const properties = Object.entries(r.properties).map(([name, what]) => `${code(name)} (${cell(what)})`).join(", ");
    return `| ${code(type)} | ${r.source.map(code).join(" or ")} → ${r.target.map(code).join(" or ")} | ${properties} | ${cell(r.description)} |`;
  });
  return ["| type | from → to | properties | meaning |", "|---|---|---|---|", ...rows].join("\n");
}

function namedQueriesTable(): string {
  const rows = allNamedQueries().map((q) => {
    const params = q.params.length === 0 ? "–" : q.params.map((p) => `\`$${p.name}\` ${p.type}${p.nullable ? "?" : ""}${p.defaultValue ? ` = ${p.defaultValue}` : ""}`).join(", ");
    return `| \`${q.name}\` | ${cell(q.description)} | ${params} | ${q.returns.map((r) => `\`${r}\``).join(", ")} |`;
  });
  return ["| name | purpose | parameters | returns |", "|---|---|---|---|", ...rows].join("\n");
}

export const generators: Record<string, () => string> = {
  nodes: nodesTable,
  "entity-types": entityTypesTable,
  "fact-properties": factPropertiesTable,
  "fact-relations": factRelationsTable,
  "structural-relations": structuralRelationsTable,
  "named-queries": namedQueriesTable,
};

/** The README with every generated block re-rendered. */
export function renderReadme(current: string): string {
  let text = current;
  for (const [name, generate] of Object.entries(generators)) {
    const begin = `<!-- BEGIN generated:${name} -->`;
    const end = `<!-- END generated:${name} -->`;
    const from = text.indexOf(begin);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`cypher/README.md lacks the block ${begin} … ${end}`);
    text = `${text.slice(0, from + begin.length)}\n${generate()}\n${text.slice(to)}`;
  }
  return text;
}
