/**
 * Loads the rule data of this folder once per process: word lists
 * (words/*.json) and rule files (any other *.json below this folder, one per
 * relation type or family). A bad file fails loudly with its name and the row
 * id, so a typo is found at start-up, not as a silently missing fact.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { compileMatch, type CompiledMatch, type WordLists } from "./match-language.ts";

export const RULES_DIR = fileURLToPath(new URL(".", import.meta.url));
const WORDS = "words";

const ExampleSchema = z.object({
  text: z.string().min(1),
  /** what the row must produce (family-specific strings, e.g. "FUNDED A -> B") */
  expect: z.array(z.string()).optional(),
  /** family-specific context (e.g. who "ik" is) */
  context: z.record(z.string(), z.string()).optional(),
  source: z.string().optional(),
}).strict();
export type RuleExample = z.infer<typeof ExampleSchema>;

export const RuleRowSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/),
  match: z.string().min(1),
  emits: z.unknown(),
  reason: z.string().min(3),
  examples: z.array(ExampleSchema),
  counterexamples: z.array(ExampleSchema).default([]),
  flags: z.array(z.string()).default([]),
}).passthrough();
export type RuleRow = z.infer<typeof RuleRowSchema>;

const RuleFileSchema = z.object({
  $comment: z.string().optional(),
  family: z.string().min(1),
  rows: z.array(z.unknown()),
}).strict();

export interface RuleFile {
  /** path relative to extract/rules */
  file: string;
  family: string;
  rows: RuleRow[];
}

const WordListSchema = z.record(z.string(), z.object({ reason: z.string().min(3), words: z.array(z.string().min(1)).min(1) }).strict());

export class RuleDataError extends Error {}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new RuleDataError(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? jsonFiles(join(dir, d.name)) : d.name.endsWith(".json") ? [join(dir, d.name)] : []).sort();
}

/** Every word list by name; a name defined in two files is an error. */
export function readWordLists(dir = join(RULES_DIR, WORDS)): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const path of jsonFiles(dir)) {
    const parsed = WordListSchema.safeParse(readJson(path));
    if (!parsed.success) throw new RuleDataError(`${path}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
    for (const [name, list] of Object.entries(parsed.data)) {
      if (name === "$comment") continue;
      if (out.has(name)) throw new RuleDataError(`${path}: word list #${name} is defined twice`);
      out.set(name, list.words);
    }
  }
  return out;
}

/** Every rule file below `dir` except the word lists; rows validated, ids unique across files. */
export function readRuleFiles(dir = RULES_DIR): RuleFile[] {
  const ids = new Set<string>();
  return jsonFiles(dir).filter((p) => !relative(dir, p).startsWith(`${WORDS}/`)).map((path) => {
    const file = relative(dir, path);
    const parsed = RuleFileSchema.safeParse(readJson(path));
    if (!parsed.success) throw new RuleDataError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
    const rows = parsed.data.rows.map((raw, n) => {
      const row = RuleRowSchema.safeParse(raw);
      const id = (raw as { id?: string })?.id ?? `row ${n + 1}`;
      if (!row.success) throw new RuleDataError(`${file} ${id}: ${row.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
      if (ids.has(row.data.id)) throw new RuleDataError(`${file} ${id}: id used twice`);
      ids.add(row.data.id);
      return row.data;
    });
    return { file, family: parsed.data.family, rows };
  });
}

let cache: { lists: Map<string, string[]>; files: RuleFile[] } | null = null;
function data() {
  cache ??= { lists: readWordLists(), files: readRuleFiles() };
  return cache;
}

export function wordLists(): WordLists {
  return data().lists;
}

/** The rows of one family (all its files), in file order. */
export function familyRows(family: string): RuleRow[] {
  return data().files.filter((f) => f.family === family).flatMap((f) => f.rows);
}

export function ruleFiles(): RuleFile[] {
  return data().files;
}

/** Compiles a row's match with the shared word lists; the error names the row. */
export function compileRow(row: RuleRow, lists: WordLists = wordLists()): CompiledMatch {
  try {
    return compileMatch(row.match, lists);
  } catch (e) {
    throw new RuleDataError(`rule ${row.id}: ${(e as Error).message}`);
  }
}
