/**
 * Commitments in a document's answers and letters: a sentence is a commitment
 * when a promise row matches (or it names a future date for a present-tense
 * act) and no exclusion row vetoes it. Pure: sentences in, commitments out;
 * the caller says who the actor is (the answering minister or ministry).
 */
import type { Commitment } from "../model/extraction.ts";
import { kindOf } from "./commitment-kinds.ts";
import { EXCLUSION_RULES, FUTURE_TIME, PROMISE_RULES } from "./commitment-rules.ts";
import { parseDue } from "./due-dates.ts";

export interface CommitmentSentence {
  text: string;
  start: number;
  end: number;
  section: string | null;
}

export interface DetectInput {
  sentences: CommitmentSentence[];
  documentDate: string | null;
  actorFor(sentence: CommitmentSentence): string | null;
}

/** Sections that hold the government's own words: answers, letter bodies, notices. */
const GOVERNMENT_SECTION = /^(?:a\d+|body|notice\d*|preamble|signature)$/;
const PAST = /\b(?:heb|heeft|hebben|had|hadden|was|waren|werd|werden|is\s+(?:\p{L}+\s+){0,6}ge\p{L}+d)\b/iu;
/** A cheap filter before any rule runs: no promise without one of these words. */
const CHEAP = /\b(?:ik|wij|we|zal|zullen|wordt|worden|voorzien|gepland|bedoeling|voornemens|toegezegd|beschikbaar|gaat|gaan|kamer|20\d\d|jaar|komende|binnenkort|zomer|najaar|voorjaar|maanden|termijn|spoedig)\b/iu;

export function detectCommitments(input: DetectInput): Commitment[] {
  const out: Commitment[] = [];
  for (const s of input.sentences) {
    if (s.section !== null && !GOVERNMENT_SECTION.test(s.section)) continue;
    if (s.text.length < 15 || !CHEAP.test(s.text)) continue;
    if (EXCLUSION_RULES.some((r) => r.match.test(s.text))) continue;
    const due = parseDue(s.text, { documentDate: input.documentDate });
    let rule = PROMISE_RULES.find((r) => r.match.test(s.text));
    let id = rule?.id;
    if (!rule && !PAST.test(s.text)) {
      // "Ook sluit de rijksoverheid eind 2024 nieuwe raamovereenkomsten": a present-tense act with a future date
      const future = (due?.due && input.documentDate && due.due > input.documentDate) || FUTURE_TIME.test(s.text);
      if (future) id = "promise.future-dated-act";
    }
    if (!id) continue;
    const actor = input.actorFor(s);
    if (!actor) continue;
    out.push({
      actor,
      text: s.text,
      due: due?.due ?? null,
      due_text: due?.due_text ?? null,
      kind: kindOf(s.text, rule?.emits ?? "delivery"),
      evidence: s.text,
      provenance: { section: s.section, start: s.start, end: s.end, rule: due ? `${id}+${due.rule}` : id },
    });
  }
  return out;
}
