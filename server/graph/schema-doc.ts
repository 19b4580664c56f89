/**
 * Keeps the tables of cypher/README.md in sync with the type table
 * (extract/model/graph-model.ts) and the named queries (cypher/queries):
 * the README holds `<!-- BEGIN generated:NAME -->…<!-- END generated:NAME -->`
 * blocks that this module renders. `npx tsx server/graph/schema-doc.ts --write`
 * rewrites them; schema-doc.test.ts fails when the README is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ENTITY_TYPES, ORGANISATION_KINDS, RELATION_TYPES, STRUCTURAL_RELATIONS } from "../../extract/model/graph-model.ts";
import { projectRoot } from "../../common/paths.ts";
import { allNamedQueries } from "./named-queries.ts";

export const readmePath = join(projectRoot, "cypher", "README.md");

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function entityTypesTable(): string {
  const rows = Object.entries(ENTITY_TYPES).map(([label, t]) => `| \`${label}\` | ${cell(t.description)} |`);
  const kinds = Object.keys(ORGANISATION_KINDS).map((k) => `\`${k}\``).join(", ");
  return ["| label (besides `Entity`) | what |", "|---|---|", ...rows, "", `Organisation \`kind\` values: ${kinds}.`].join("\n");
}

function factRelationsTable(): string {
  const rows = Object.entries(RELATION_TYPES).map(([type, r]) => {
    const target = r.target === "@doc" ? "`Document` (the document itself)" : (r.target as readonly string[]).map((t) => `\`${t}\``).join(", ");
    return `| \`${type}\` | ${r.source.map((t) => `\`${t}\``).join(", ")} | ${target} | ${cell(r.description)} |`;
  });
  return ["| type | from | to | meaning |", "|---|---|---|---|", ...rows].join("\n");
}

function structuralRelationsTable(): string {
  const properties: Record<string, string> = { MENTIONS: "`count`" };
  const rows = Object.entries(STRUCTURAL_RELATIONS).map(
    ([type, r]) => `| \`${type}\` | ${cell(r.source.replace(/\|/g, " or "))} → ${cell(r.target)} | ${properties[type] ?? ""} | ${cell(r.description)} |`,
  );
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
  "entity-types": entityTypesTable,
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const current = readFileSync(readmePath, "utf8");
  const next = renderReadme(current);
  if (process.argv.includes("--write")) {
    writeFileSync(readmePath, next);
    console.log(next === current ? "cypher/README.md is up to date." : "cypher/README.md rewritten.");
  } else {
    console.log(next === current ? "cypher/README.md is up to date." : "cypher/README.md is stale: run with --write.");
    process.exitCode = next === current ? 0 : 1;
  }
}
