/**
 * The layout of one document as stage 2 (STRUCTURE) reads it: document meta,
 * the facts its frame states (who asked, who answered, who signed, which
 * committee), and the segments (header, questions, answers, body, signature,
 * notices, notes) with offsets into the normalised text.
 */
import { z } from "zod";
import { DocumentMetaSchema, SegmentSchema } from "../model/extraction.ts";

/** A span [start, end) in the text handed to parseStructure. */
const SpanFields = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
};

const SpanSchema = z.object(SpanFields);

/** A person named by the frame: "Ronald Plasterk (minister binnenlandse zaken en koninkrijksrelaties) (PvdA)". */
export const HeaderPersonSchema = z.object({
  name: z.string().min(1).describe("as written, e.g. 'Renske Leijten', 'Van Raak', 'R.W. Knops', 'drs. A.P. Visser'"),
  party: z.string().nullable().describe("party abbreviation as written, e.g. 'SP', 'GroenLinks-PvdA'"),
  office: z.string().nullable().describe("'minister', 'staatssecretaris', 'minister voor Rechtsbescherming', 'president', 'voorzitter', 'griffier'"),
  ministry: z.string().nullable().describe("ministry or organisation text as written, e.g. 'Binnenlandse Zaken en Koninkrijksrelaties', 'BZK', 'Algemene Rekenkamer'"),
  ...SpanFields,
  /** where the name itself is written (the name may be cleaned: "DaniëlleJansen" → "Daniëlle Jansen") */
  nameSpan: SpanSchema.optional(),
  /** where the party is written: the parenthesised group, never a search through the line ("Van Nispen (SP)") */
  partySpan: SpanSchema.optional(),
  /** where the ministry is written */
  ministrySpan: SpanSchema.optional(),
  /** name parts when the frame states them ("C. (Cornelis) van der Werf"): a person is never merged with one whose given name or initials differ */
  parts: z.object({ surname: z.string(), initials: z.string().optional(), given: z.string().optional() }).optional(),
  /** relation the office implies towards `ministry` (a signature row's emits), and the row id */
  relation: z.enum(["CHAIRS", "EMPLOYED_BY"]).optional(),
  /** id of the grammar row that read this person */
  rule: z.string().optional(),
  /** the one sentence (header clause or signature block) that states this person's role: the provenance quote */
  evidence: SpanSchema.optional(),
});
export type HeaderPerson = z.infer<typeof HeaderPersonSchema>;

/** An office addressed or acting without a name: "de Minister van Financiën". */
export const HeaderOfficeSchema = z.object({
  office: z.string().nullable(),
  ministry: z.string().nullable(),
  ...SpanFields,
});
export type HeaderOffice = z.infer<typeof HeaderOfficeSchema>;

export const HeaderTextSchema = z.object({ text: z.string(), ...SpanFields });
export type HeaderText = z.infer<typeof HeaderTextSchema>;

/** A committee (or list of committees sharing one head, "de vaste commissies voor Financiën en Europese Zaken") or the House. */
export const AskingBodySchema = z.object({
  text: z.string(),
  kind: z.enum(["committee", "committees", "house"]),
  ...SpanFields,
  evidence: z.object(SpanFields),
  rule: z.string(),
});
export type AskingBody = z.infer<typeof AskingBodySchema>;

export const HeaderSchema = z.object({
  /** Indiener(s), "Vragen van het lid/de leden …" */
  askers: z.array(HeaderPersonSchema),
  /** "Beantwoord door …", "Antwoord van …" */
  answerers: z.array(HeaderPersonSchema),
  /** offices the questions are put to ("aan de Minister van …"), or the ministers a committee addressed */
  addressees: z.array(HeaderOfficeSchema),
  /** "Mededeling van staatssecretaris X (…)": sends a postponement notice, has not answered */
  notifiers: z.array(HeaderPersonSchema),
  /** "mede namens de Minister van …" */
  onBehalfOf: z.array(HeaderOfficeSchema),
  /** letter signatures: "De Minister van BZK,\nR.W. Knops", "drs. A.P. Visser\npresident" */
  signers: z.array(HeaderPersonSchema),
  /** committee lists: "De vaste commissie voor Digitale Zaken heeft …" */
  committee: z.object({ name: z.string(), ...SpanFields }).nullable(),
  chairs: z.array(HeaderPersonSchema),
  clerks: z.array(HeaderPersonSchema),
  /** "De leden van de NSC-fractie vragen …", "De fracties van GroenLinks-PvdA en NSC hebben …" */
  fracties: z.array(z.object({ parties: z.array(z.string()), text: z.string(), ...SpanFields })),
  /** letters: "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal" */
  recipient: HeaderTextSchema.nullable(),
  /** "Den Haag, 17 januari 2020", "Datum 17 januari 2020", "Vastgesteld 9 juni 2026" */
  dateLine: HeaderTextSchema.extend({ date: z.string().nullable() }).nullable(),
  /** "26 643 Informatie- en communicatietechnologie (ICT)" */
  dossierLine: HeaderTextSchema.extend({ dossier: z.string(), title: z.string().nullable() }).nullable(),
  /** kamervraag web layout: "Onderwerpen bestuur economie …" */
  subjects: z.array(z.string()),
  /** kamervraag web layout: "Bron vraag https://…" */
  sources: z.array(z.object({ label: z.string(), url: z.string(), ...SpanFields })),
  /** bodies the covering sentence names as askers: committees ("de door de vaste commissie voor X gestelde vragen") or the House */
  askingBodies: z.array(AskingBodySchema).default([]),
  /** organisations that answer in their own name (the Algemene Rekenkamer signing its letter) */
  answeringBodies: z.array(z.object({ name: z.string(), ...SpanFields, evidence: z.object(SpanFields), rule: z.string() })).default([]),
  /** "Geachte mevrouw Arib," */
  salutation: HeaderTextSchema.nullable().default(null),
  /** the person the salutation names when the letter is addressed to an office she holds ("Voorzitter van de Tweede Kamer") */
  addressedChairs: z.array(HeaderPersonSchema).default([]),
  /** parliamentary papers the letterhead refers to: "31 839, nr. 158" */
  kamerstukken: z.array(HeaderTextSchema.extend({ dossier: z.string(), number: z.string() })).default([]),
});
export type Header = z.infer<typeof HeaderSchema>;

export const StructureSchema = z.object({
  meta: DocumentMetaSchema,
  header: HeaderSchema,
  segments: z.array(SegmentSchema),
});
export type Structure = z.infer<typeof StructureSchema>;

export function emptyHeader(): Header {
  return {
    askers: [], answerers: [], notifiers: [], addressees: [], onBehalfOf: [], signers: [], committee: null, chairs: [], clerks: [], fracties: [],
    recipient: null, dateLine: null, dossierLine: null, subjects: [], sources: [],
    askingBodies: [], answeringBodies: [], salutation: null, addressedChairs: [], kamerstukken: [],
  };
}
