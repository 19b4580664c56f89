/**
 * Shape of the lexicon data files in this folder. Every JSON file except
 * offices.json is an array of LexiconEntry rows; offices.json is an array of
 * Office rows. Entity types and organisation kinds come from the graph model,
 * so a row can never name a type the graph does not know.
 */
import { z } from "zod";
import { EntityTypeSchema, OrganisationKindSchema, RelationTypeSchema } from "../model/graph-model.ts";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD");
const Text = z.string().trim().min(1);
const EntryId = z.string().regex(/^[a-z0-9][a-z0-9:.-]*$/, "ids are lower-case kebab-case, optionally prefixed (person:…)");

/** A former name of the same legal entity, e.g. EZK before it became EZ. */
export const HistoricalNameSchema = z.strictObject({
  name: Text,
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
});

/** A government office a person held, e.g. staatssecretaris at BZK. */
export const OfficeTermSchema = z.strictObject({
  office: Text,
  /** lexicon id of the ministry (or other organisation) */
  ministry: EntryId.nullable(),
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
});

export const LexiconEntrySchema = z
  .strictObject({
    id: EntryId,
    type: EntityTypeSchema,
    /** organisation kind from the graph model; free text for other types (programme: platform, service, …) */
    kind: Text.nullable(),
    name: Text,
    aliases: z.array(Text).default([]),
    /** matched case-exactly */
    acronyms: z.array(Text).default([]),
    historical: z.array(HistoricalNameSchema).default([]),
    partOf: EntryId.nullable().default(null),
    /** surfaces shared with another entry on purpose (the matcher must disambiguate) */
    ambiguous: z.boolean().default(false),
    /** name is also an ordinary word or very short: match capitalisation exactly */
    caseSensitive: z.boolean().default(false),
    source: Text,
    /** programmes: the organisation that runs or owns it */
    ownerId: EntryId.optional(),
    /** persons: party id */
    party: EntryId.optional(),
    /** persons: government offices held */
    offices: z.array(OfficeTermSchema).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.type === "Organisation" && !OrganisationKindSchema.safeParse(e.kind).success) {
      ctx.addIssue({ code: "custom", path: ["kind"], message: `organisation kind must be one of ${OrganisationKindSchema.options.join(", ")}` });
    }
    if (e.type === "Person" && !e.id.startsWith("person:")) {
      ctx.addIssue({ code: "custom", path: ["id"], message: "person ids start with person:" });
    }
    if (e.type !== "Person" && (e.party !== undefined || e.offices !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["party"], message: "party and offices are for persons only" });
    }
    if (e.ownerId !== undefined && e.type !== "Programme") {
      ctx.addIssue({ code: "custom", path: ["ownerId"], message: "ownerId is for programmes only" });
    }
  });

export type LexiconEntry = z.output<typeof LexiconEntrySchema>;
export type HistoricalName = z.output<typeof HistoricalNameSchema>;
export type OfficeTerm = z.output<typeof OfficeTermSchema>;

/** Relations an office title implies between its holder and the organisation named with it. */
export const OfficeRelationSchema = RelationTypeSchema.extract(["HOLDS_OFFICE", "CHAIRS", "BOARD_MEMBER_OF", "EMPLOYED_BY"]);

export const OfficeSchema = z.strictObject({
  id: z.string().regex(/^office:[a-z0-9-]+$/, "office ids look like office:staatssecretaris"),
  /** lower-case title spellings as they occur in text */
  titles: z.array(Text).min(1),
  relation: OfficeRelationSchema.nullable(),
  /** a government (cabinet or civil service) office rather than a parliamentary or private one */
  government: z.boolean(),
});
export type Office = z.output<typeof OfficeSchema>;

/**
 * A law, regulation, directive, treaty or fund (legal-instruments.json). Not an
 * entity of the graph: the mention finder reads these names so that "Wlz",
 * "DORA" or "Werkloosheidswet" never become an organisation or programme.
 */
export const LegalInstrumentSchema = z.strictObject({
  id: z.string().regex(/^instrument:[a-z0-9-]+$/, "instrument ids look like instrument:wlz"),
  kind: z.enum(["wet", "besluit", "regeling", "richtlijn", "verordening", "verdrag", "fonds"]),
  name: Text,
  aliases: z.array(Text).default([]),
  /** matched case-exactly */
  acronyms: z.array(Text).default([]),
  source: Text,
});
export type LegalInstrument = z.output<typeof LegalInstrumentSchema>;

export const LexiconFileSchema = z.array(z.unknown());
