/**
 * Loads every lexicon data file of this folder once per process, validates
 * each row and the links between rows, and caches the result. A bad row fails
 * loudly with the file name, row number and id, so a data typo is found at
 * start-up instead of as a silently missing mention.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { KamergraafError } from "../../common/kamergraaf-error.ts";
import { LegalInstrumentSchema, LexiconEntrySchema, OfficeSchema, type LegalInstrument, type LexiconEntry, type Office } from "./lexicon-schema.ts";

export class LexiconError extends KamergraafError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(message, { code: "LEXICON_INVALID", status: 500, details });
  }
}

export interface Lexicons {
  entries: LexiconEntry[];
  offices: Office[];
  /** laws, regulations and funds: names that are no entity (legal-instruments.json) */
  legalInstruments: LegalInstrument[];
  byId: Map<string, LexiconEntry>;
}

export const LEXICON_DIR = fileURLToPath(new URL(".", import.meta.url));
const OFFICES_FILE = "offices.json";
const LEGAL_FILE = "legal-instruments.json";

function readJsonArray(dir: string, file: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(dir, file), "utf8"));
  } catch (err) {
    throw new LexiconError(`lexicon file ${file}: not valid JSON (${(err as Error).message})`, { file });
  }
  if (!Array.isArray(data)) throw new LexiconError(`lexicon file ${file}: expected a JSON array of rows`, { file });
  return data;
}

function describeIssues(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join(".") || "(row)"}: ${i.message}`).join("; ");
}

function parseRows<T>(file: string, rows: unknown[], schema: z.ZodType<T>): T[] {
  return rows.map((row, n) => {
    const result = schema.safeParse(row);
    if (result.success) return result.data;
    const id = typeof row === "object" && row !== null && "id" in row ? String((row as { id: unknown }).id) : "?";
    throw new LexiconError(`lexicon file ${file}, row ${n} (id "${id}"): ${describeIssues(result.error)}`, { file, row: n, id });
  });
}

/** Reads and validates a lexicon folder without caching; tests use it on fixture folders. */
export function readLexiconDir(dir: string): Lexicons {
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  const entries: LexiconEntry[] = [];
  const fileOf = new Map<string, string>();
  const byId = new Map<string, LexiconEntry>();
  let offices: Office[] = [];
  let legalInstruments: LegalInstrument[] = [];
  for (const file of files) {
    const rows = readJsonArray(dir, file);
    if (file === OFFICES_FILE) {
      offices = parseRows(file, rows, OfficeSchema);
      continue;
    }
    if (file === LEGAL_FILE) {
      legalInstruments = parseRows(file, rows, LegalInstrumentSchema);
      continue;
    }
    for (const e of parseRows(file, rows, LexiconEntrySchema)) {
      const previous = fileOf.get(e.id);
      if (previous) throw new LexiconError(`lexicon file ${file}: id "${e.id}" is already defined in ${previous}`, { file, id: e.id });
      fileOf.set(e.id, file);
      byId.set(e.id, e);
      entries.push(e);
    }
  }
  // links must point at existing rows of a fitting type
  const checkRef = (e: LexiconEntry, field: string, ref: string | null | undefined, types: readonly string[]) => {
    if (ref == null) return;
    const target = byId.get(ref);
    if (!target) throw new LexiconError(`lexicon file ${fileOf.get(e.id)}, id "${e.id}": ${field} "${ref}" is not a lexicon id`, { id: e.id, field, ref });
    if (!types.includes(target.type)) throw new LexiconError(`lexicon file ${fileOf.get(e.id)}, id "${e.id}": ${field} "${ref}" is a ${target.type}, expected ${types.join(" or ")}`, { id: e.id, field, ref });
  };
  for (const e of entries) {
    checkRef(e, "partOf", e.partOf, ["Organisation", "Programme", "Committee"]);
    checkRef(e, "ownerId", e.ownerId, ["Organisation"]);
    checkRef(e, "party", e.party, ["Party"]);
    for (const o of e.offices ?? []) checkRef(e, "offices.ministry", o.ministry, ["Organisation", "Committee"]);
  }
  const officeIds = new Set<string>();
  for (const o of offices) {
    if (officeIds.has(o.id)) throw new LexiconError(`lexicon file ${OFFICES_FILE}: office id "${o.id}" appears twice`, { file: OFFICES_FILE, id: o.id });
    officeIds.add(o.id);
  }
  const instrumentIds = new Set<string>();
  for (const r of legalInstruments) {
    if (instrumentIds.has(r.id)) throw new LexiconError(`lexicon file ${LEGAL_FILE}: id "${r.id}" appears twice`, { file: LEGAL_FILE, id: r.id });
    instrumentIds.add(r.id);
  }
  return { entries, offices, legalInstruments, byId };
}

let cached: Lexicons | null = null;

/** The shipped lexicons, loaded and validated once per process. */
export function loadLexicons(): Lexicons {
  cached ??= readLexiconDir(LEXICON_DIR);
  return cached;
}
