/**
 * The scoring of shared/gold/README.md, exactly:
 * - text compared after lower-casing, removing diacritics, collapsing white space;
 * - an entity matches a gold entity of the same type when its name or one of its
 *   aliases equals the gold name or one of the gold aliases;
 * - a relation matches when its type is equal and both ends match (`@doc` matches
 *   the document itself); direction counts;
 * - a commitment matches when its evidence overlaps the gold evidence by at least
 *   half of the gold sentence's words and the actor matches; `due` is scored
 *   separately by exact equality over matched commitments.
 * Matching is one-to-one (maximum bipartite matching), so a duplicate prediction
 * counts as a false positive rather than matching the same gold item twice.
 */
export interface ScoredEntity { id: string; type: string; name: string; aliases?: string[] }
export interface ScoredRelation { type: string; source: string; target: string; evidence?: string }
export interface ScoredCommitment { actor: string; evidence: string; due: string | null }
export interface ScoredDoc { entities: ScoredEntity[]; relations: ScoredRelation[]; commitments: ScoredCommitment[] }

export interface Counts { tp: number; fp: number; fn: number }
export interface DocScore {
  entities: Record<string, Counts>;
  relations: Record<string, Counts>;
  commitments: Counts;
  due: { correct: number; total: number };
  misses: { entities: string[]; relations: string[]; commitments: string[] };
  extras: { entities: string[]; relations: string[]; commitments: string[] };
}

export function normaliseText(s: string): string {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

function names(e: ScoredEntity): Set<string> {
  return new Set([e.name, ...(e.aliases ?? [])].map(normaliseText));
}

export function entitiesMatch(pred: ScoredEntity, gold: ScoredEntity): boolean {
  if (pred.type !== gold.type) return false;
  const g = names(gold);
  for (const n of names(pred)) if (g.has(n)) return true;
  return false;
}

/** Maximum bipartite matching (Kuhn's augmenting paths); returns matched pairs [predIdx, goldIdx]. */
export function maxMatching(nPred: number, nGold: number, edge: (p: number, g: number) => boolean): Array<[number, number]> {
  const adj: number[][] = [];
  for (let p = 0; p < nPred; p++) {
    const row: number[] = [];
    for (let g = 0; g < nGold; g++) if (edge(p, g)) row.push(g);
    adj.push(row);
  }
  const goldTo = new Array<number>(nGold).fill(-1);
  const tryAssign = (p: number, seen: boolean[]): boolean => {
    for (const g of adj[p]!) {
      if (seen[g]) continue;
      seen[g] = true;
      if (goldTo[g] === -1 || tryAssign(goldTo[g]!, seen)) {
        goldTo[g] = p;
        return true;
      }
    }
    return false;
  };
  for (let p = 0; p < nPred; p++) tryAssign(p, new Array<boolean>(nGold).fill(false));
  const pairs: Array<[number, number]> = [];
  goldTo.forEach((p, g) => { if (p >= 0) pairs.push([p, g]); });
  return pairs;
}

function words(s: string): string[] {
  return normaliseText(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** At least half of the gold sentence's words occur in the predicted evidence. */
export function evidenceOverlaps(pred: string, gold: string): boolean {
  const g = words(gold);
  if (g.length === 0) return false;
  const p = new Set(words(pred));
  let hit = 0;
  for (const w of g) if (p.has(w)) hit++;
  return hit >= g.length / 2;
}

const bump = (m: Record<string, Counts>, k: string, f: keyof Counts) => {
  m[k] ??= { tp: 0, fp: 0, fn: 0 };
  m[k]![f]++;
};

export function scoreDocument(pred: ScoredDoc, gold: ScoredDoc): DocScore {
  const out: DocScore = {
    entities: {}, relations: {}, commitments: { tp: 0, fp: 0, fn: 0 }, due: { correct: 0, total: 0 },
    misses: { entities: [], relations: [], commitments: [] }, extras: { entities: [], relations: [], commitments: [] },
  };
  const pById = new Map(pred.entities.map((e) => [e.id, e]));
  const gById = new Map(gold.entities.map((e) => [e.id, e]));
  const endMatches = (pEnd: string, gEnd: string): boolean => {
    if (pEnd === "@doc" || gEnd === "@doc") return pEnd === gEnd;
    const p = pById.get(pEnd), g = gById.get(gEnd);
    return !!p && !!g && entitiesMatch(p, g);
  };

  const ents = maxMatching(pred.entities.length, gold.entities.length, (p, g) => entitiesMatch(pred.entities[p]!, gold.entities[g]!));
  const pHit = new Set(ents.map(([p]) => p)), gHit = new Set(ents.map(([, g]) => g));
  pred.entities.forEach((e, i) => { if (pHit.has(i)) bump(out.entities, e.type, "tp"); else { bump(out.entities, e.type, "fp"); out.extras.entities.push(`${e.type} ${e.name}`); } });
  gold.entities.forEach((e, i) => { if (!gHit.has(i)) { bump(out.entities, e.type, "fn"); out.misses.entities.push(`${e.type} ${e.name}`); } });

  const rels = maxMatching(pred.relations.length, gold.relations.length, (p, g) => {
    const a = pred.relations[p]!, b = gold.relations[g]!;
    return a.type === b.type && endMatches(a.source, b.source) && endMatches(a.target, b.target);
  });
  const rpHit = new Set(rels.map(([p]) => p)), rgHit = new Set(rels.map(([, g]) => g));
  const label = (r: ScoredRelation, byId: Map<string, ScoredEntity>) => `${r.type} ${byId.get(r.source)?.name ?? r.source} -> ${byId.get(r.target)?.name ?? r.target}`;
  pred.relations.forEach((r, i) => { if (rpHit.has(i)) bump(out.relations, r.type, "tp"); else { bump(out.relations, r.type, "fp"); out.extras.relations.push(label(r, pById)); } });
  gold.relations.forEach((r, i) => { if (!rgHit.has(i)) { bump(out.relations, r.type, "fn"); out.misses.relations.push(label(r, gById)); } });

  const coms = maxMatching(pred.commitments.length, gold.commitments.length, (p, g) => {
    const a = pred.commitments[p]!, b = gold.commitments[g]!;
    return endMatches(a.actor, b.actor) && evidenceOverlaps(a.evidence, b.evidence);
  });
  out.commitments.tp = coms.length;
  out.commitments.fp = pred.commitments.length - coms.length;
  out.commitments.fn = gold.commitments.length - coms.length;
  const cpHit = new Set(coms.map(([p]) => p)), cgHit = new Set(coms.map(([, g]) => g));
  pred.commitments.forEach((c, i) => { if (!cpHit.has(i)) out.extras.commitments.push(`${c.actor}: ${c.evidence}`); });
  gold.commitments.forEach((c, i) => { if (!cgHit.has(i)) out.misses.commitments.push(`${c.actor}: ${c.evidence}`); });
  for (const [p, g] of coms) {
    out.due.total++;
    if ((pred.commitments[p]!.due ?? null) === (gold.commitments[g]!.due ?? null)) out.due.correct++;
  }
  return out;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}
export const sumCounts = (cs: Iterable<Counts>): Counts => {
  let t: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const c of cs) t = addCounts(t, c);
  return t;
};
