/** Compiles name-patterns.json once. */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { TypedKindSchema } from "../model/typed-kind.ts";

// Parsed, not cast: a type or organisation kind the model lacks fails at load.
const RawSchema = z.object({
  personTitles: z.array(z.string()),
  coordinatingTitles: z.array(z.string()),
  partyTitleSuffixes: z.array(z.string()),
  heads: z.array(z.intersection(TypedKindSchema, z.object({ word: z.string(), keepHead: z.boolean() }))),
  typeHeads: z.array(z.intersection(TypedKindSchema, z.object({ pattern: z.string() }))),
  orgNouns: z.array(z.string()),
  groupNouns: z.array(z.string()),
  conceptWords: z.string(),
  notSurnames: z.array(z.string()),
});

const raw = RawSchema.parse(JSON.parse(readFileSync(new URL("./name-patterns.json", import.meta.url), "utf8")));

export const PATTERNS = {
  personTitles: new Set(raw.personTitles),
  /** plural titles that govern a list of names: "de leden Bisschop en Van der Staaij", "motie Hagen/Sneller" */
  coordinatingTitles: new Set(raw.coordinatingTitles),
  /** "SGP-leden", "VVD-Kamerlid": a party glued to the title */
  partyTitleSuffixes: raw.partyTitleSuffixes,
  heads: new Map(raw.heads.map((h) => [h.word, h])),
  /** anchored: the pattern names the first word ("^stichting"), which types a name before any later head */
  typeHeads: raw.typeHeads.map((h) => ({ re: new RegExp(h.pattern, "i"), type: h.type, kind: h.kind, anchored: h.pattern.startsWith("^") })),
  orgNouns: new Set(raw.orgNouns),
  groupNouns: new Set(raw.groupNouns),
  /** long forms that name a document, method or concept rather than an actor */
  conceptWords: new RegExp(raw.conceptWords, "i"),
  notSurnames: new Set(raw.notSurnames),
};
