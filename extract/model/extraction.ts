/**
 * The extraction result of one document. A superset of the gold format of
 * shared/gold/README.md: any scorer reading that format reads this; the extra
 * fields (mentions, provenance, merges, segments) are what the graph needs.
 */
import { z } from "zod";
import { CommitmentKindSchema, DocumentKindSchema, EntityTypeSchema, RelationTypeSchema } from "./graph-model.ts";

/** Where a fact was read: character offsets into the ORIGINAL document text. */
export const ProvenanceSchema = z.object({
  section: z.string().nullable().describe("segment id, e.g. 'q3' (question 3) or 'preamble'"),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string().describe("id of the lexicon entry or rule row that produced the fact"),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const MentionSchema = ProvenanceSchema.extend({
  text: z.string().describe("surface text as written"),
});
export type Mention = z.infer<typeof MentionSchema>;

/** Why two mentions were resolved to one entity; kept so a merge can be undone. */
export const MergeSchema = z.object({
  surface: z.string(),
  rule: z.string().describe("resolution rule id, e.g. 'resolve.acronym' or 'resolve.surname'"),
  reason: z.string(),
});
export type Merge = z.infer<typeof MergeSchema>;

export const EntitySchema = z.object({
  id: z.string().min(1).describe("stable key, shared across documents for the same entity"),
  type: EntityTypeSchema,
  subtype: z.string().nullable().optional(),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema).default([]),
  merges: z.array(MergeSchema).default([]),
});
export type Entity = z.infer<typeof EntitySchema>;

export const RelationSchema = z.object({
  type: RelationTypeSchema,
  source: z.string(),
  target: z.string().describe("entity id, or '@doc' for the document itself"),
  evidence: z.string().describe("the sentence that states the relation"),
  // Required: the graph takes the span from here and never searches the text for the quote.
  provenance: ProvenanceSchema,
  negated: z.boolean().optional(),
});
export type Relation = z.infer<typeof RelationSchema>;

export const CommitmentSchema = z.object({
  actor: z.string(),
  text: z.string(),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  due_text: z.string().nullable(),
  kind: CommitmentKindSchema.optional(),
  evidence: z.string(),
  about: z.array(z.string()).optional(),
  provenance: ProvenanceSchema,
});
export type Commitment = z.infer<typeof CommitmentSchema>;

export const SegmentSchema = z.object({
  id: z.string(),
  kind: z.enum(["header", "preamble", "question", "answer", "body", "signature", "notice", "footer"]),
  number: z.number().int().nullable().optional(),
  numbers: z.array(z.number().int()).optional().describe("combined questions: 'Vraag 4, 5, 7 en 8'"),
  rule: z.string().optional().describe("id of the rule row that placed the segment's start, when a rule did (e.g. where an answer begins)"),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Segment = z.infer<typeof SegmentSchema>;

export const DocumentMetaSchema = z.object({
  kind: DocumentKindSchema,
  number: z.string().nullable(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  submitted: z.string().nullable(),
  askers: z.array(z.string()).optional(),
  answerers: z.array(z.string()).optional(),
  addressees: z.array(z.string()).optional(),
  dossier: z.string().nullable().optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export const ExtractionSchema = z.object({
  file: z.string(),
  document: DocumentMetaSchema,
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
  commitments: z.array(CommitmentSchema),
  segments: z.array(SegmentSchema).optional(),
  stats: z.object({ chars: z.number(), sentences: z.number(), ms: z.number() }).optional(),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

/** The gold format, for the scorer: only what the README defines. */
export const GoldSchema = z.object({
  file: z.string(),
  document: z.object({
    kind: z.string(),
    number: z.string().nullable(),
    title: z.string().nullable(),
    date: z.string().nullable(),
    submitted: z.string().nullable(),
  }),
  entities: z.array(z.object({ id: z.string(), type: z.string(), subtype: z.string().nullable().optional(), name: z.string(), aliases: z.array(z.string()).default([]) })),
  relations: z.array(z.object({ type: z.string(), source: z.string(), target: z.string(), evidence: z.string() })),
  commitments: z.array(z.object({ actor: z.string(), text: z.string(), due: z.string().nullable(), due_text: z.string().nullable(), evidence: z.string() })),
});
export type Gold = z.infer<typeof GoldSchema>;
