/**
 * The few anaphors that carry relations in these documents: "Deze organisatie
 * adviseert …" (the organisation just named), "Dit platform is …", and
 * "mijn ministerie" (the writer's ministry). They become extra placeholders for
 * the rules, never entity mentions of their own.
 */
import type { EntityType } from "../model/graph-model.ts";
import type { SentenceMention } from "../relations/placeholders.ts";
import type { SentenceSpan } from "../relations/apply-rules.ts";

const NOUN_TYPE: Record<string, EntityType> = {
  organisatie: "Organisation", bureau: "Organisation", dienst: "Organisation", agentschap: "Organisation", instantie: "Organisation", stichting: "Organisation", autoriteit: "Organisation", inspectie: "Organisation", toezichthouder: "Organisation",
  platform: "Programme", programma: "Programme", systeem: "Programme", register: "Programme", voorziening: "Programme", applicatie: "Programme", dashboard: "Programme", project: "Programme",
};
const LEADING = /^(?:deze|dit|die|het|de)\s+(\p{L}+)/iu;
const MY_MINISTRY = /\b(?:mijn|ons) (?:ministerie|departement)\b/giu;
/** most sentences name no ministry at all: skip the unicode regex for them (/iu like the regex: ſ folds to s) */
const MY_MINISTRY_CUE = /ministerie|departement/iu;

export function anaphoraMentions(s: SentenceSpan, previous: SentenceMention[], writerMinistry: { id: string; kind: string } | null): SentenceMention[] {
  const out: SentenceMention[] = [];
  const lead = LEADING.exec(s.text);
  const type = lead ? NOUN_TYPE[lead[1]!.toLowerCase()] : undefined;
  if (lead && type) {
    const antecedent = [...previous].reverse().find((m) => m.type === type && m.kind !== "ministry");
    if (antecedent) out.push({ ...antecedent, start: s.start, end: s.start + lead[0].length, text: lead[0] });
  }
  if (writerMinistry && MY_MINISTRY_CUE.test(s.text)) {
    for (const m of s.text.matchAll(MY_MINISTRY)) {
      out.push({ entityId: writerMinistry.id, type: "Organisation", kind: writerMinistry.kind, start: s.start + m.index!, end: s.start + m.index! + m[0].length, text: m[0] });
    }
  }
  return out;
}
