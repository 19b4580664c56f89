/** Compiles name-patterns.json once. */
import { readFileSync } from "node:fs";
import type { EntityType } from "../model/graph-model.ts";

interface Raw {
  personTitles: string[];
  coordinatingTitles: string[];
  partyTitleSuffixes: string[];
  heads: Array<{ word: string; type: EntityType; kind: string | null; keepHead: boolean }>;
  typeHeads: Array<{ pattern: string; type: EntityType; kind: string | null }>;
  orgNouns: string[];
  groupNouns: string[];
  conceptWords: string;
  notSurnames: string[];
}

const raw = JSON.parse(readFileSync(new URL("./name-patterns.json", import.meta.url), "utf8")) as Raw;

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
