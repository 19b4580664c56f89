/**
 * Tweede Kamer committees from commissies.csv, by name. Written forms differ
 * in the head ("Vaste commissie voor", "vaste Kamercommissie van", "commissie
 * voor"), so a name is also found by its subject ("Binnenlandse Zaken").
 */
import type { KbRow } from "./kb-tables.ts";
import { textKey } from "./kb-keys.ts";

export interface KbCommittee {
  rowId: string;
  name: string;
  kind: string;
  source: string;
}

export interface KbCommittees {
  byName(name: string): KbCommittee | null;
}

const HEAD = /^(?:de )?(?:vaste |algemene |tijdelijke |parlementaire )?(?:kamer)?commissie (?:voor|van|oor) (?:de |het )?/;

export function buildKbCommittees(rows: readonly KbRow[]): KbCommittees {
  const full = new Map<string, KbCommittee>();
  const subject = new Map<string, KbCommittee[]>();
  for (const r of rows) {
    const c = { rowId: r.rowId, name: r.fields.name ?? "", kind: r.fields.kind ?? "", source: r.fields.source ?? "" };
    const k = textKey(c.name);
    if (!full.has(k)) full.set(k, c);
    const s = k.replace(HEAD, "");
    if (s !== k) subject.set(s, [...(subject.get(s) ?? []), c]);
  }
  return {
    byName(name) {
      const k = textKey(name);
      const hit = full.get(k);
      if (hit) return hit;
      const s = k.replace(HEAD, "");
      const same = s === k ? [] : subject.get(s) ?? [];
      // a subject shared by a vaste and a former committee: only a unique one answers
      const vaste = same.filter((c) => c.kind === "vaste commissie");
      return same.length === 1 ? same[0]! : vaste.length === 1 ? vaste[0]! : null;
    },
  };
}
