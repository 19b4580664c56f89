/**
 * The extraction pipeline for one document: pure stages chained, text in,
 * Extraction out. I/O (reading files, writing JSON) lives in the CLIs.
 *
 *   normalise → structure → sentences → mentions (lexicon, definitions, names)
 *   → roles → resolution → relations (rule rows + header facts) → commitments
 *
 * Offsets are computed on the normalised text and mapped back to the original
 * text at the end, so every span quotes the document as published.
 */
import { normalise } from "../normalise/normalise.ts";
import { splitSentences } from "../sentences/split-sentences.ts";
import { parseStructure } from "../structure/parse-structure.ts";
import { detectCommitments } from "../commitments/detect-commitments.ts";
import type { Commitment, Entity, Extraction, Relation, Segment } from "../model/extraction.ts";
import type { EntityType, RelationType } from "../model/graph-model.ts";
import { findMentions, splitPersonName, type RawMention } from "../mentions/find-mentions.ts";
import { buildLexiconIndex, type IndexableEntry } from "../mentions/lexicon-index.ts";
import { resolveEntities } from "../resolve/resolve-entities.ts";
import { applyRules, type SentenceSpan } from "../relations/apply-rules.ts";
import { renderPlaceholders, type SentenceMention } from "../relations/placeholders.ts";
import { findRoles } from "../relations/roles.ts";
import { headerFacts } from "./header-facts.ts";
import type { Knowledge } from "./knowledge.ts";
import { defaultKnowledge } from "./default-knowledge.ts";
import { anaphoraMentions } from "./anaphora.ts";

export interface Sentence extends SentenceSpan {}

/** mentions found by their spelling alone (find-mentions.ts, CamelCase product names) */
const SHAPE_ONLY_RULE = "shape.camel-case";

export interface ExtractInput {
  /** running headers/footers the input stage already left out of a PDF's text (extract/input) */
  furniture?: readonly string[];
}

export function extractDocument(file: string, original: string, knowledge: Knowledge = defaultKnowledge(), input: ExtractInput = {}): Extraction {
  const t0 = performance.now();
  const { text, toOriginal, dropped } = normalise(original);
  // page headers carry the document number ("ah-tk-20232024-1234", "36 560 VII, nr. 12")
  const structure = parseStructure(text, { furniture: [...dropped.map((d) => d.text), ...(input.furniture ?? [])] });
  const segments: Segment[] = structure.segments.length > 0 ? structure.segments : [{ id: "body", kind: "body", start: 0, end: text.length }];

  const sentences: Sentence[] = [];
  for (const seg of segments) {
    for (const s of splitSentences(text.slice(seg.start, seg.end), seg.start)) {
      sentences.push({ text: s.text, start: s.start, end: s.end, section: seg.id });
    }
  }

  // Mentions, pass 1: lexicons, definitions, names. Pass 2 re-reads only the
  // sentences that contain a name this document introduced ("UBR" after
  // "Uitvoeringsorganisatie Bedrijfsvoering Rijk (UBR)").
  const header = headerFacts(text, structure, knowledge);
  let perSentence = sentences.map((s) => findMentions(s, knowledge.index));
  const local = documentEntries(perSentence.flat(), header.mentions, knowledge.resolver.entries);
  if (local.length > 0) {
    const docIndex = buildLexiconIndex(local);
    const surfaces = local.flatMap((e) => [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? [])]);
    perSentence = sentences.map((s, i) => (surfaces.some((x) => s.text.includes(x)) ? findMentions(s, knowledge.index, docIndex) : perSentence[i]!));
  }
  // a name known only by its shape ("ProRail", "TopZorg") needs a second sighting: one camel-cased word may be a scanning error
  const shapeCounts = new Map<string, number>();
  for (const m of perSentence.flat()) if (m.rule === SHAPE_ONLY_RULE) shapeCounts.set(m.text, (shapeCounts.get(m.text) ?? 0) + 1);
  if (shapeCounts.size > 0) perSentence = perSentence.map((ms) => ms.filter((m) => m.rule !== SHAPE_ONLY_RULE || shapeCounts.get(m.text)! >= 2));
  // a header mention (the frame's own reading) replaces whatever overlaps it in its sentence
  // A header mention that a wrapped line split across two "sentences" ("(Nieuw Sociaal\nContract)")
  // still names an entity: it joins resolution, not the per-sentence rules.
  const unplaced: RawMention[] = [];
  for (const h of header.mentions) {
    const i = sentenceIndexAt(sentences, h.start);
    if (i >= 0 && h.end <= sentences[i]!.end) {
      perSentence[i] = perSentence[i]!.filter((m) => !(m.start < h.end && h.start < m.end)).concat(h).sort((a, b) => a.start - b.start);
    } else {
      for (let j = Math.max(0, i); j < sentences.length && sentences[j]!.start < h.end; j++) perSentence[j] = perSentence[j]!.filter((m) => !(m.start < h.end && h.start < m.end));
      unplaced.push(h);
    }
  }

  // Roles: unnamed people ("een ambtenaar werkzaam bij UBR") become mentions too.
  const roleRelations: Array<{ mention: RawMention; type: RelationType; target: RawMention; rule: string; sentence: Sentence }> = [];
  let lastBoard: RawMention | null = null;
  sentences.forEach((s, i) => {
    const ms = perSentence[i]!;
    if (ms.length === 0) return;
    const r = renderPlaceholders(s.text, s.start, ms.map(toSentenceMention(null)));
    const byPlaceholder = r.mentions.map((sm) => ms.find((m) => m.start === sm.start && m.end === sm.end)!);
    // the board last named ("tot het bestuur toegetreden") rides along as a virtual placeholder
    const lastBoardIdx = lastBoard ? byPlaceholder.push(lastBoard) - 1 : null;
    const roles = findRoles(r, s.start, s.text, lastBoardIdx, (n) => shortName(byPlaceholder[n]!, knowledge));
    for (const role of roles) {
      const mention: RawMention = { start: role.start, end: role.end, text: role.text, type: "Person", name: role.name, rule: "role.unnamed-person", section: s.section };
      perSentence[i] = perSentence[i]!.filter((m) => !(m.type === "Person" && m.start < role.end && role.start < m.end)).concat(mention);
      for (const rel of role.relations) roleRelations.push({ mention, type: rel.type, target: byPlaceholder[rel.targetMention]!, rule: rel.rule, sentence: s });
      if (role.boardMention !== null) lastBoard = byPlaceholder[role.boardMention] ?? lastBoard;
    }
    const board = /\bbestuur van/i.test(s.text) ? ms.find((m) => m.type === "Organisation" && /bestuur van\s+(?:de |het |stichting )?$/i.test(text.slice(Math.max(0, m.start - 30), m.start))) : undefined;
    if (board) lastBoard = board;
  });

  const allMentions = perSentence.flat().concat(unplaced);
  const resolved = resolveEntities(allMentions, knowledge.resolver);
  const entityOfMention = new Map<RawMention, string>();
  allMentions.forEach((m, i) => entityOfMention.set(m, resolved.entityOf[i]!));
  const entityById = new Map(resolved.entities.map((e) => [e.id, e]));

  // Context: who is "ik" per section.
  const ctxFor = header.contextFor((m) => entityOfMention.get(m) ?? null);

  const relations: Relation[] = [];
  const relKeys = new Set<string>();
  const addRelation = (r: Relation) => {
    const k = `${r.type}|${r.source}|${r.target}`;
    if (r.source === r.target || relKeys.has(k)) return;
    if (r.source !== "@doc" && !entityById.has(r.source)) return;
    if (r.target !== "@doc" && !entityById.has(r.target)) return;
    relKeys.add(k);
    relations.push(r);
  };

  for (const hr of header.relations) {
    const source = hr.source === "@doc" ? "@doc" : entityOfMention.get(hr.source) ?? null;
    const target = hr.target === "@doc" ? "@doc" : entityOfMention.get(hr.target) ?? null;
    if (source && target) addRelation({ type: hr.type, source, target, evidence: hr.evidence, provenance: { section: hr.section, start: hr.start, end: hr.end, rule: hr.rule } });
  }
  for (const rr of roleRelations) {
    const source = entityOfMention.get(rr.mention), target = entityOfMention.get(rr.target);
    if (source && target) addRelation({ type: rr.type, source, target, evidence: rr.sentence.text, provenance: { section: rr.sentence.section, start: rr.sentence.start, end: rr.sentence.end, rule: rr.rule } });
  }

  let previous: SentenceMention[] = [];
  sentences.forEach((s, i) => {
    const ctx = ctxFor(s.section);
    const ms = perSentence[i]!.map(toSentenceMention(entityOfMention));
    const extra = anaphoraMentions(s, previous, ctx.writerMinistry ? { id: ctx.writerMinistry, kind: "ministry" } : null)
      .filter((x) => !ms.some((m) => m.start < x.end && x.start < m.end));
    const r = renderPlaceholders(s.text, s.start, [...ms, ...extra]);
    // antecedents for "Dit platform …" come from the last few sentences, nearest last
    if (ms.length > 0) previous = [...previous, ...ms].slice(-12);
    for (const rel of applyRules(s, r, { writer: ctx.writer, writerKind: ctx.writerKind ?? null, writerMinistry: ctx.writerMinistry ?? null, answerer: ctx.answerer, hasEntity: (id) => entityById.has(id) })) addRelation(rel);
  });

  // An organisation writing in its own name (the Rekenkamer) reports the government's plans:
  // its third-person sentences belong to the body they name, and its own names read as "wij".
  const sentenceIndex = new Map(sentences.map((s, i) => [s, i]));
  const writerEntity = (section: string | null) => {
    const ctx = ctxFor(section);
    return ctx.writerKind && ctx.writer ? entityById.get(ctx.writer) : undefined;
  };
  const firstWriter = writerEntity(sentences[0]?.section ?? null);
  const commitments: Commitment[] = detectCommitments({
    sentences,
    documentDate: structure.meta.date,
    actorFor: (s: { section: string | null }) => ctxFor(s.section).answerer,
    selfNames: firstWriter ? [firstWriter.name, ...(firstWriter.aliases ?? [])].filter((n) => n.length >= 3) : [],
    reportsOnOthers: (s) => ctxFor(s.section).writerKind === "auditor",
    mentionsFor: (s) => {
      const i = sentenceIndex.get(s as Sentence);
      if (i === undefined) return [];
      return perSentence[i]!.flatMap((m) => {
        const entity = entityOfMention.get(m);
        const e = entity ? entityById.get(entity) : undefined;
        return e ? [{ entity: e.id, type: e.type, kind: m.kind ?? null, start: m.start, end: m.end }] : [];
      });
    },
  }).filter((c) => entityById.has(c.actor));

  // Back to original offsets.
  const orig = (start: number, end: number) => ({ start: toOriginal(start), end: end > start ? toOriginal(end - 1) + 1 : toOriginal(start) });
  const entities: Entity[] = resolved.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, ...orig(m.start, m.end) })) }));
  for (const r of relations) Object.assign(r.provenance, orig(r.provenance.start, r.provenance.end));
  for (const c of commitments) Object.assign(c.provenance, orig(c.provenance.start, c.provenance.end));

  return {
    file,
    document: { ...structure.meta, kind: structure.meta.kind },
    entities,
    relations,
    commitments,
    segments: segments.map((sg) => ({ ...sg, ...orig(sg.start, sg.end) })),
    stats: { chars: original.length, sentences: sentences.length, ms: Math.round(performance.now() - t0) },
  };
}

/** The sentence containing an offset (sentences are in text order), or -1. */
function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function toSentenceMention(entityOf: Map<RawMention, string> | null) {
  return (m: RawMention): SentenceMention => ({
    entityId: entityOf?.get(m) ?? m.entryId ?? m.name ?? m.text, type: m.type, kind: m.kind ?? null, start: m.start, end: m.end, text: m.text,
  });
}

/** Short form of an organisation for role names: its acronym when it has one. */
function shortName(m: RawMention, k: Knowledge): string {
  if (m.acronym) return m.acronym;
  const e = m.entryId ? k.resolver.entries.get(m.entryId) : undefined;
  const acr = e?.acronyms?.[0];
  if (acr) return acr;
  if (/^[\p{Lu}\d-]{2,8}$/u.test(m.text)) return m.text;
  return (m.name ?? m.text).replace(/^(?:de|het|stichting)\s+/i, "");
}

/**
 * Names this document introduces: acronym definitions, people named in full
 * (so a later bare surname resolves), and bodies it says were set up.
 */
function documentEntries(mentions: RawMention[], header: RawMention[], lexicon: ReadonlyMap<string, unknown>): IndexableEntry[] {
  const out = new Map<string, IndexableEntry>();
  for (const m of mentions) {
    if (m.acronym && !m.entryId && m.name) {
      const id = `doc:${m.name.toLowerCase()}`;
      out.set(id, { id, type: m.type, kind: m.kind ?? null, name: m.name, aliases: [], acronyms: [m.acronym] });
    }
  }
  for (const m of mentions) {
    if (m.rule !== "shape.founded-group" || !m.name) continue;
    const id = `doc:group:${m.name}`;
    out.set(id, { id, type: "Organisation", kind: m.kind ?? null, name: m.name, aliases: [] });
  }
  // a header person the knowledge base resolved (by office and date) keeps that id when the body repeats the surname
  const kbSurnames = new Set<string>();
  for (const m of header) {
    if (m.type !== "Person" || !m.entryId || !m.resolution || lexicon.has(m.entryId) || !m.person) continue;
    kbSurnames.add(m.person.surname.toLowerCase());
    if (!out.has(m.entryId)) out.set(m.entryId, { id: m.entryId, type: "Person" as EntityType, kind: null, name: m.name ?? m.text, aliases: [m.person.surname] });
  }
  for (const m of [...mentions, ...header]) {
    if (m.type !== "Person" || m.entryId || !m.person || m.rule.startsWith("role")) continue;
    const full = m.name ?? m.text;
    const { surname } = splitPersonName(full);
    if (kbSurnames.has(surname.toLowerCase())) continue;
    if (surname.split(/\s+/).length > 3) continue;
    const id = `doc:person:${surname.toLowerCase()}`;
    if (!out.has(id)) out.set(id, { id, type: "Person" as EntityType, kind: null, name: full, aliases: [surname] });
  }
  return [...out.values()];
}
