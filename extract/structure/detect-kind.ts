/**
 * Which of the three parliamentary genres a text is, from several cues of its
 * frame (kind-cues.json), never from one anchored line: each cue found adds
 * its weight to its genre, the highest total wins. Cues are matched on text
 * whose line breaks no longer matter, so a header wrapped by a PDF counts.
 */
import { readFileSync } from "node:fs";
import type { DocumentMeta } from "../model/extraction.ts";
import { rekenkamerLetterKind } from "./rekenkamer-letter.ts";

export type DocumentKind = DocumentMeta["kind"];
type Genre = Exclude<DocumentKind, "unknown">;

export interface KindCue {
  id: string;
  genre: Genre;
  scope: "start" | "head" | "tail" | "lines" | "tail-lines";
  weight: number;
  match: string;
  reason: string;
  examples: string[];
  counterexamples: string[];
}

interface CompiledCue extends KindCue {
  re: RegExp;
}

const raw = JSON.parse(readFileSync(new URL("./kind-cues.json", import.meta.url), "utf8")) as { threshold: number; cues: KindCue[] };

export const KIND_CUES: readonly CompiledCue[] = raw.cues.map((c) => ({ ...c, re: new RegExp(c.match, c.scope.endsWith("lines") ? "mu" : "u") }));

const flat = (s: string) => s.replace(/\s+/g, " ").trim();

/** The stretch of `text` a cue of this scope reads, prepared as the cue expects it. */
export function cueScope(text: string, scope: KindCue["scope"]): string {
  switch (scope) {
    case "start": return flat(text.slice(0, 300));
    case "head": return flat(text.slice(0, 6000));
    case "tail": return flat(text.slice(-4000));
    case "lines": return text.slice(0, 6000);
    case "tail-lines": return text.slice(-4000);
  }
}

/** Total weight per genre and the ids of the cues found (for tests and diagnostics). */
export function kindScores(text: string): { scores: Record<Genre, number>; cues: string[] } {
  const scores: Record<Genre, number> = { kamervraag: 0, kamerbrief: 0, vragenlijst: 0 };
  const cues: string[] = [];
  const scoped = new Map<KindCue["scope"], string>();
  for (const cue of KIND_CUES) {
    if (!scoped.has(cue.scope)) scoped.set(cue.scope, cueScope(text, cue.scope));
    if (cue.re.test(scoped.get(cue.scope)!)) {
      scores[cue.genre] += cue.weight;
      cues.push(cue.id);
    }
  }
  return { scores, cues };
}

// ties: a list of questions or a Kamervraag is more specific than a letter, which any of them may quote
const TIE_ORDER: Genre[] = ["kamervraag", "vragenlijst", "kamerbrief"];

export function detectKind(text: string): DocumentKind {
  if (typeof text !== "string" || text.length === 0) return "unknown";
  // a Rekenkamer letter is read by its own module (rekenkamer-letter.ts)
  const rekenkamer = rekenkamerLetterKind(text);
  if (rekenkamer) return rekenkamer;
  const { scores } = kindScores(text);
  let best: Genre | null = null;
  for (const g of TIE_ORDER) if (scores[g] >= raw.threshold && (best === null || scores[g] > scores[best])) best = g;
  return best ?? "unknown";
}
