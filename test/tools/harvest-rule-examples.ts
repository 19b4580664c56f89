/**
 * Finds real sentences for relation rule examples: reads `npm run extract`
 * output folders, and for every relation a rule row produced rebuilds its
 * sentence with inline entity marks ("[Logius](ORG agency)"), re-runs the row
 * on it and prints the shortest sentences per row that the row reproduces.
 *   npx tsx test/tools/harvest-rule-examples.ts out/ [more out folders] [--rule id] [--n 3]
 * Also counts how many corpus sentences each row fires on.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { familyRows } from "../../extract/rules/rule-files.ts";
import { runRelationExample } from "../../extract/relations/relation-examples.ts";

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const only = opt("--rule");
const n = Number(opt("--n") ?? 3);
const LETTER: Record<string, string> = { Organisation: "ORG", Person: "PER", Programme: "PROG", Party: "PARTY", Committee: "COM" };

interface Out {
  file: string;
  entities: Array<{ id: string; type: string; subtype?: string | null; name: string; mentions: Array<{ text: string; start: number; end: number }> }>;
  relations: Array<{ type: string; source: string; target: string; evidence: string; provenance: { start: number; end: number; rule: string } }>;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith(".json") ? [join(dir, f)] : []);
}

const rows = new Map(familyRows("relations").map((r) => [r.id, r]));
const found = new Map<string, Map<string, { text: string; context?: Record<string, string>; expect: string[]; source: string }>>();
const fired = new Map<string, Set<string>>();
for (const dir of args) for (const path of files(dir)) {
  const out = JSON.parse(readFileSync(path, "utf8")) as Out;
  const byId = new Map(out.entities.map((e) => [e.id, e]));
  for (const rel of out.relations ?? []) {
    const row = rows.get(rel.provenance.rule);
    if (!row || (only && row.id !== only)) continue;
    const { start, end } = rel.provenance;
    (fired.get(row.id) ?? fired.set(row.id, new Set()).get(row.id)!).add(`${path}:${start}`);
    if (rel.evidence.length > 320) continue;
    const ms = out.entities.flatMap((e) => e.mentions.filter((m) => m.start >= start && m.end <= end).map((m) => ({ ...m, e })))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    let text = "";
    let pos = start;
    for (const m of ms) {
      if (m.start < pos) continue;
      text += rel.evidence.slice(pos - start, m.start - start);
      const kind = m.e.type === "Organisation" && m.e.subtype ? ` ${m.e.subtype}` : "";
      text += `[${m.text}](${LETTER[m.e.type]}${kind})`;
      pos = m.end;
    }
    text += rel.evidence.slice(pos - start);
    const writerEnd = (row.emits as Array<{ source: string; target: string }>).some((e) => e.source === "$writer" || e.target === "$writer");
    const answererEnd = (row.emits as Array<{ source: string; target: string }>).some((e) => e.target === "$answerer");
    const kind = byId.get(rel.source)?.subtype;
    const context: Record<string, string> | undefined = writerEnd ? { writer: "ik", ...(kind ? { writerKind: kind } : {}) } : answererEnd ? { answerer: "de minister" } : undefined;
    const ex = { text, ...(context ? { context } : {}) };
    let got: string[];
    try { got = runRelationExample(row, ex); } catch { continue; }
    if (got.length === 0) continue;
    const m = found.get(row.id) ?? found.set(row.id, new Map()).get(row.id)!;
    m.set(text, { ...ex, expect: got, source: path.split("/").slice(-2).join("/") });
  }
}
for (const id of rows.keys()) {
  if (only && id !== only) continue;
  const exs = [...(found.get(id)?.values() ?? [])].sort((a, b) => a.text.length - b.text.length).slice(0, n);
  console.log(JSON.stringify({ id, fires: fired.get(id)?.size ?? 0, examples: exs }));
}
