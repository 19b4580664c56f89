/**
 * A Tweede Kamer committee as a letter names it ("Vaste Commissie van
 * Infrastructuur en Waterstaat", "commissie Financiën", "Vaste Kamercommissie
 * van SZW", "commissie voor de Rijksuitgaven") → the lexicon committee, by its
 * name, a former name, or the ministry its subject names; else a new
 * committee under the canonical form "vaste commissie voor <subject>".
 */
import type { IndexableEntry } from "../mentions/lexicon-index.ts";
import { nameKey } from "../text/tokens.ts";
import type { Knowledge } from "./knowledge.ts";

const HEAD = /^(?:de\s+)?(?:(vaste|algemene|tijdelijke|bijzondere)\s+)?(?:kamer)?commissies?\s*(?:(?:voor|van|oor)\s+)?(?:(?:voor|van)\s+)?/i;

/** "Vaste Commissie van Defensie" → { adjective: "vaste", subject: "Defensie" } */
export function committeeSubject(name: string): { adjective: string | null; subject: string } | null {
  const m = HEAD.exec(name.trim());
  if (!m) return null;
  const subject = name.trim().slice(m[0].length).replace(/\s*\([^)]*\)\s*$/, "").trim();
  return subject && /\p{L}/u.test(subject) ? { adjective: m[1]?.toLowerCase() ?? null, subject } : null;
}

interface CommitteeIndex {
  bySubject: Map<string, IndexableEntry>;
  byMinistry: Map<string, IndexableEntry>;
}

const cache = new WeakMap<Knowledge, CommitteeIndex>();

function indexOf(k: Knowledge): CommitteeIndex {
  const hit = cache.get(k);
  if (hit) return hit;
  const bySubject = new Map<string, IndexableEntry>();
  const byMinistry = new Map<string, IndexableEntry>();
  for (const e of k.resolver.entries.values()) {
    if (e.type !== "Committee") continue;
    for (const n of [e.name, ...(e.aliases ?? []), ...(e.historical ?? []).map((h) => h.name)]) {
      const s = committeeSubject(n);
      if (!s) continue;
      const key = nameKey(s.subject);
      if (!bySubject.has(key)) bySubject.set(key, e);
      const ministry = k.ministryByText(s.subject);
      if (ministry && !byMinistry.has(ministry.id)) byMinistry.set(ministry.id, e);
    }
  }
  const index = { bySubject, byMinistry };
  cache.set(k, index);
  return index;
}

export interface CommitteeReading {
  entry: IndexableEntry | null;
  /** canonical name for a committee the lexicon does not know */
  name: string;
}

/** Resolve a subject ("Financiën", "SZW", "de Rijksuitgaven") to a committee. */
export function committeeBySubject(subject: string, k: Knowledge): CommitteeReading | null {
  const clean = subject.trim();
  if (!/\p{L}{2}/u.test(clean)) return null;
  const idx = indexOf(k);
  const entry = idx.bySubject.get(nameKey(clean)) ?? idx.bySubject.get(nameKey(clean.replace(/^de\s+/i, "")))
    ?? (() => { const m = k.ministryByText(clean); return m ? idx.byMinistry.get(m.id) ?? null : null; })();
  // an unknown committee is named without the adjective the letter happened to use ("vaste", "algemene"): one id across letters
  return { entry: entry ?? null, name: entry?.name ?? `commissie voor ${clean}` };
}

export function committeeEntry(name: string, k: Knowledge): CommitteeReading | null {
  const s = committeeSubject(name);
  return s ? committeeBySubject(s.subject, k) : null;
}

/**
 * "vaste commissies voor Financiën, Binnenlandse Zaken en Europese Zaken" →
 * one subject per committee: commas and "en" separate subjects unless the
 * joined words name one ministry or committee ("Onderwijs, Cultuur en Wetenschap").
 */
export function splitSubjects(list: string, k: Knowledge): Array<{ subject: string; offset: number }> {
  const atoms: Array<{ text: string; offset: number }> = [];
  const re = /\s*(?:,\s*(?:en\s+)?(?:voor\s+)?|\s+en\s+(?:voor\s+)?(?:de\s+(?=\p{Lu}))?)/gu;
  let last = 0;
  for (const m of list.matchAll(re)) {
    atoms.push({ text: list.slice(last, m.index), offset: last });
    last = m.index + m[0].length;
  }
  atoms.push({ text: list.slice(last), offset: last });
  const out: Array<{ subject: string; offset: number }> = [];
  for (let i = 0; i < atoms.length; ) {
    let taken = 1;
    for (let j = Math.min(atoms.length, i + 4); j > i + 1; j--) {
      const joined = list.slice(atoms[i]!.offset, atoms[j - 1]!.offset + atoms[j - 1]!.text.length);
      if (committeeBySubject(joined, k)?.entry || k.ministryByText(joined)) { taken = j - i; break; }
    }
    const a = atoms[i]!, b = atoms[i + taken - 1]!;
    const subject = list.slice(a.offset, b.offset + b.text.length).trim();
    if (/\p{L}{2}/u.test(subject)) out.push({ subject, offset: a.offset });
    i += taken;
  }
  return out;
}
