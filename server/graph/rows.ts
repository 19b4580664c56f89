/**
 * Pure row builders: one document's Extraction plus its original text →
 * the flat rows the ingestion UNWINDs. No I/O, no driver types, so every
 * decision about keys, spans and provenance is unit-testable.
 */
import { createHash } from "node:crypto";
import type { Extraction, Entity, Merge, Segment } from "../../extract/model/extraction.ts";
import { RELATION_TYPES, isOrganisationKind, type EntityType, type RelationType } from "../../extract/model/graph-model.ts";
import { commitmentKey, documentKey, documentNodeId, evidenceKey, mentionKey, questionKey, relationKey } from "./keys.ts";

export interface DocumentRow {
  key: string;
  file: string;
  kind: string;
  number: string | null;
  title: string | null;
  date: string | null;
  submitted: string | null;
  sha256: string;
  text: string;
  chars: number;
}

export interface QuestionRow {
  key: string;
  docKey: string;
  number: number;
  question: string;
  answer: string | null;
  start: number;
  end: number;
}

export interface EntityRow {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** The aliases joined by " | ", for the full-text index `entityNames`. */
  aliasText: string;
  kind: string | null;
  subtype: string | null;
}

export interface MentionRow {
  key: string;
  docKey: string;
  entityKey: string;
  questionKey: string | null;
  section: string | null;
  text: string;
  start: number;
  end: number;
  rule: string;
  /** Why this surface resolved to this entity (REFERS_TO properties). */
  refRule: string;
  refReason: string;
}

export interface MentionCountRow {
  /** Document key or question key, depending on the list it is in. */
  from: string;
  entityKey: string;
  count: number;
}

/** A document's MENTIONS row also keeps what this document says the entity is called and is. */
export interface DocumentMentionRow extends MentionCountRow {
  aliases: string[];
  kind: string | null;
  subtype: string | null;
}

export interface RelationRow {
  key: string;
  type: RelationType;
  sourceKey: string;
  /** Entity key, or the document key when targetIsDocument. */
  targetKey: string;
  targetIsDocument: boolean;
}

export interface EvidenceRow {
  key: string;
  relKey: string;
  relType: RelationType;
  sourceKey: string;
  docKey: string;
  section: string | null;
  quote: string;
  /** Character span of the quote in the original text (the extraction's provenance). */
  start: number;
  end: number;
  rule: string;
}

export interface CommitmentRow {
  key: string;
  docKey: string;
  actorKey: string;
  aboutKeys: string[];
  text: string;
  due: string | null;
  dueText: string | null;
  kind: string | null;
  quote: string;
  section: string | null;
  start: number;
  end: number;
  rule: string;
}

export interface GraphRows {
  document: DocumentRow;
  questions: QuestionRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  documentMentions: DocumentMentionRow[];
  questionMentions: MentionCountRow[];
  relations: RelationRow[];
  evidence: EvidenceRow[];
  commitments: CommitmentRow[];
  /** Facts that could not become rows (dangling ids, negations), with the reason. */
  dropped: Array<{ what: string; reason: string }>;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function buildRows(extraction: Extraction, text: string, file: string = extraction.file): GraphRows {
  const docKey = documentKey(file);
  const dropped: GraphRows["dropped"] = [];
  const segments = extraction.segments ?? [];
  const entityByKey = new Map(extraction.entities.map((e) => [e.id, e]));

  const document: DocumentRow = {
    key: docKey,
    file,
    kind: extraction.document.kind,
    number: extraction.document.number,
    title: extraction.document.title,
    date: validDate(extraction.document.date),
    submitted: validDate(extraction.document.submitted),
    sha256: sha256(text),
    text,
    chars: text.length,
  };

  const questions = buildQuestions(docKey, segments, text);
  const questionNumbers = new Set(questions.map((q) => q.number));
  const questionOf = (section: string | null | undefined): string | null => {
    const number = sectionQuestionNumber(section, segments);
    return number !== null && questionNumbers.has(number) ? questionKey(docKey, number) : null;
  };

  const entities = extraction.entities.map(entityRow);

  const mentionsByKey = new Map<string, MentionRow>();
  for (const entity of extraction.entities) {
    for (const mention of entity.mentions) {
      const key = mentionKey(docKey, mention.start, mention.end);
      if (mentionsByKey.has(key)) {
        dropped.push({ what: `mention ${key} of ${entity.id}`, reason: `span already claimed by ${mentionsByKey.get(key)!.entityKey}` });
        continue;
      }
      const why = resolutionReason(entity, mention.text);
      mentionsByKey.set(key, {
        key,
        docKey,
        entityKey: entity.id,
        questionKey: questionOf(mention.section),
        section: mention.section,
        text: mention.text,
        start: mention.start,
        end: mention.end,
        rule: mention.rule,
        refRule: why.rule,
        refReason: why.reason,
      });
    }
  }
  const mentions = [...mentionsByKey.values()];

  // Every entity of the extraction is mentioned by the document (count may be
  // 0 when the extractor gave no spans): MENTIONS is what keeps an entity alive.
  const documentMentions = extraction.entities.map((e) => {
    const row = entityRow(e);
    return { from: docKey, entityKey: e.id, count: mentions.filter((m) => m.entityKey === e.id).length, aliases: row.aliases, kind: row.kind, subtype: row.subtype };
  });
  const questionMentions = countBy(
    mentions.filter((m) => m.questionKey !== null),
    (m) => `${m.questionKey}\u0000${m.entityKey}`,
  ).map(([joined, count]) => {
    const [from, entityKey] = joined.split("\u0000") as [string, string];
    return { from, entityKey, count };
  });

  const relationsByKey = new Map<string, RelationRow>();
  const evidenceByKey = new Map<string, EvidenceRow>();
  for (const relation of extraction.relations) {
    const label = `${relation.type} ${relation.source} → ${relation.target}`;
    if (relation.negated) {
      dropped.push({ what: label, reason: "negated" });
      continue;
    }
    if (!entityByKey.has(relation.source)) {
      dropped.push({ what: label, reason: `unknown source entity ${relation.source}` });
      continue;
    }
    const toDocument = RELATION_TYPES[relation.type].target === "@doc";
    if (toDocument !== (relation.target === "@doc")) {
      dropped.push({ what: label, reason: toDocument ? `${relation.type} must target @doc` : `${relation.type} cannot target @doc` });
      continue;
    }
    if (!toDocument && !entityByKey.has(relation.target)) {
      dropped.push({ what: label, reason: `unknown target entity ${relation.target}` });
      continue;
    }
    const span = relation.provenance;
    if (!spanInText(span, text)) {
      dropped.push({ what: label, reason: `span ${span.start}-${span.end} is outside the text (${text.length} characters)` });
      continue;
    }
    const targetKey = toDocument ? docKey : relation.target;
    const key = relationKey(relation.type, relation.source, toDocument ? documentNodeId(docKey) : relation.target);
    relationsByKey.set(key, { key, type: relation.type, sourceKey: relation.source, targetKey, targetIsDocument: toDocument });

    // The extractor's span (provenance is required): the quote is never searched for again.
    const eKey = evidenceKey(key, docKey, span.start, span.end);
    evidenceByKey.set(eKey, {
      key: eKey,
      relKey: key,
      relType: relation.type,
      sourceKey: relation.source,
      docKey,
      section: span.section ?? sectionAt(segments, span.start),
      quote: relation.evidence,
      start: span.start,
      end: span.end,
      rule: span.rule,
    });
  }

  const commitmentsByKey = new Map<string, CommitmentRow>();
  extraction.commitments.forEach((commitment) => {
    if (!entityByKey.has(commitment.actor)) {
      dropped.push({ what: `commitment "${commitment.text}"`, reason: `unknown actor ${commitment.actor}` });
      return;
    }
    const span = commitment.provenance;
    if (!spanInText(span, text)) {
      dropped.push({ what: `commitment "${commitment.text}"`, reason: `span ${span.start}-${span.end} is outside the text (${text.length} characters)` });
      return;
    }
    const key = commitmentKey(docKey, span.start);
    if (commitmentsByKey.has(key)) {
      dropped.push({ what: `commitment "${commitment.text}"`, reason: `another commitment starts at the same offset (${key})` });
      return;
    }
    commitmentsByKey.set(key, {
      key,
      docKey,
      actorKey: commitment.actor,
      aboutKeys: (commitment.about ?? []).filter((k) => entityByKey.has(k)),
      text: commitment.text,
      due: validDate(commitment.due),
      dueText: commitment.due_text,
      kind: commitment.kind ?? null,
      quote: commitment.evidence,
      section: span.section ?? sectionAt(segments, span.start),
      start: span.start,
      end: span.end,
      rule: span.rule,
    });
  });

  return {
    document,
    questions,
    entities,
    mentions,
    documentMentions,
    questionMentions,
    relations: [...relationsByKey.values()],
    evidence: [...evidenceByKey.values()],
    commitments: [...commitmentsByKey.values()],
    dropped,
  };
}

export function entityRow(entity: Entity): EntityRow {
  const aliases = unique(entity.aliases.filter((a) => a !== entity.name));
  const subtype = entity.subtype ?? null;
  let kind: string | null = null;
  if (entity.type === "Organisation") kind = isOrganisationKind(subtype) ? subtype : "other";
  return {
    key: entity.id,
    type: entity.type,
    name: entity.name,
    aliases,
    aliasText: aliases.join(" | "),
    kind,
    subtype,
  };
}

/**
 * The merge record that explains a surface, or a plain explanation when the
 * surface is the name or a listed alias. Kept on REFERS_TO so a merge can be
 * undone by re-pointing mentions (splitEntity).
 */
export function resolutionReason(entity: Entity, surface: string): { rule: string; reason: string } {
  const norm = (s: string) => s.toLocaleLowerCase("nl").replace(/\s+/g, " ").trim();
  const merge: Merge | undefined = entity.merges.find((m) => norm(m.surface) === norm(surface));
  if (merge) return { rule: merge.rule, reason: merge.reason };
  if (norm(surface) === norm(entity.name)) return { rule: "resolve.name", reason: `"${surface}" is the entity's name` };
  if (entity.aliases.some((a) => norm(a) === norm(surface))) return { rule: "resolve.alias", reason: `"${surface}" is a known alias of ${entity.name}` };
  return { rule: "resolve.extractor", reason: `the extractor attached "${surface}" to ${entity.name}` };
}

/**
 * Question segments (q<n>) paired with their answers (a<n>, or a combined
 * answer whose `numbers` include n).
 */
export function buildQuestions(docKey: string, segments: Segment[], text: string): QuestionRow[] {
  const rows: QuestionRow[] = [];
  for (const segment of segments) {
    if (segment.kind !== "question") continue;
    const number = segment.number ?? numberFromId(segment.id);
    if (number === null || rows.some((r) => r.number === number)) continue;
    const answer = segments.find(
      (s) => s.kind === "answer" && ((s.number ?? numberFromId(s.id)) === number || (s.numbers ?? []).includes(number)),
    );
    rows.push({
      key: questionKey(docKey, number),
      docKey,
      number,
      question: text.slice(segment.start, segment.end).trim(),
      answer: answer ? text.slice(answer.start, answer.end).trim() : null,
      start: segment.start,
      end: answer ? Math.max(segment.end, answer.end) : segment.end,
    });
  }
  return rows;
}

function sectionQuestionNumber(section: string | null | undefined, segments: Segment[]): number | null {
  if (!section) return null;
  const segment = segments.find((s) => s.id === section);
  if (segment && segment.kind !== "question" && segment.kind !== "answer") return null;
  if (segment?.number != null) return segment.number;
  return /^[qa]\d+$/.test(section) ? numberFromId(section) : null;
}

/** A span the text can hold: the extractor's offsets point into this very text. */
function spanInText(span: { start: number; end: number }, text: string): boolean {
  return span.start <= span.end && span.end <= text.length;
}

function sectionAt(segments: Segment[], offset: number): string | null {
  return segments.find((s) => s.start <= offset && offset < s.end)?.id ?? null;
}

function numberFromId(id: string): number | null {
  const match = /(\d+)$/.exec(id);
  return match ? Number(match[1]) : null;
}

function validDate(value: string | null | undefined): string | null {
  return value && isoDate.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function countBy<T>(items: T[], keyOf: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts];
}
