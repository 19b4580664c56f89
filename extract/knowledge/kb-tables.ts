/**
 * The knowledge-base tables as shipped (data/*.csv, copies of shared/kb,
 * CC0, sources in data/SOURCES.md) with data/corrections.json applied in file
 * order. Every row keeps where it came from: `rowId` names the CSV line or the
 * correction that added it, `corrections` the ids of the fixes applied, so a
 * reference fact in the graph traces back to one row.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { parseCsv } from "./csv.ts";

export const KB_TABLES = ["people_offices", "kamerleden", "organisations", "commissies"] as const;
export type KbTableName = (typeof KB_TABLES)[number];

export interface KbRow {
  /** "people_offices.csv:17" or "corrections.json:add-wiersma-rutte4#0" */
  rowId: string;
  fields: Record<string, string>;
  /** ids of the corrections that changed this row */
  corrections: string[];
}

const correction = z.object({
  id: z.string().min(1),
  file: z.string().regex(/^[a-z_]+\.csv$/),
  action: z.enum(["drop", "set", "add"]),
  where: z.record(z.string(), z.string()).optional(),
  set: z.record(z.string(), z.string()).optional(),
  row: z.record(z.string(), z.string()).optional(),
  rows: z.array(z.record(z.string(), z.string())).optional(),
  reason: z.string().min(1),
  source: z.string().min(1),
});
export type KbCorrection = z.infer<typeof correction>;

const matches = (fields: Record<string, string>, where: Record<string, string> = {}) =>
  Object.entries(where).every(([k, v]) => fields[k] === v);

/** Pure: the rows of one table after the corrections that name its file. */
export function applyCorrections(file: string, rows: KbRow[], corrections: KbCorrection[]): KbRow[] {
  let out = rows;
  for (const c of corrections) {
    if (c.file !== file) continue;
    if (c.action === "drop") out = out.filter((r) => !matches(r.fields, c.where));
    else if (c.action === "set") {
      let hit = 0;
      out = out.map((r) => (matches(r.fields, c.where) ? (hit++, { ...r, fields: { ...r.fields, ...c.set }, corrections: [...r.corrections, c.id] }) : r));
      if (hit === 0) throw new Error(`knowledge-base correction ${c.id} matches no row of ${file}`);
    } else {
      const added = c.rows ?? (c.row ? [c.row] : []);
      if (added.length === 0) throw new Error(`knowledge-base correction ${c.id} adds nothing`);
      const header = rows[0] ? Object.keys(rows[0].fields) : [];
      out = [...out, ...added.map((fields, i) => ({
        rowId: `corrections.json:${c.id}#${i}`,
        fields: { ...Object.fromEntries(header.map((h) => [h, ""])), ...fields, source: fields.source ?? c.source },
        corrections: [c.id],
      }))];
    }
  }
  return out;
}

/** Pure: parse one table's CSV text and apply the corrections; office rows keep `use=yes` only. */
export function buildKbTable(name: KbTableName, csvText: string, corrections: KbCorrection[]): KbRow[] {
  const file = `${name}.csv`;
  const rows = parseCsv(csvText).map((fields, i) => ({ rowId: `${file}:${i + 2}`, fields, corrections: [] as string[] }));
  const corrected = applyCorrections(file, rows, corrections);
  return name === "people_offices" ? corrected.filter((r) => (r.fields.use ?? "yes") === "yes") : corrected;
}

const dataDir = new URL("./data/", import.meta.url);
const cache = new Map<KbTableName, KbRow[]>();
let correctionsCache: KbCorrection[] | null = null;

export function kbCorrections(): KbCorrection[] {
  correctionsCache ??= z.array(correction).parse(JSON.parse(readFileSync(new URL("corrections.json", dataDir), "utf8")));
  return correctionsCache;
}

/** One shipped table, read and corrected once per process. */
export function kbTable(name: KbTableName): KbRow[] {
  let rows = cache.get(name);
  if (!rows) {
    rows = buildKbTable(name, readFileSync(new URL(`${name}.csv`, dataDir), "utf8"), kbCorrections());
    cache.set(name, rows);
  }
  return rows;
}
