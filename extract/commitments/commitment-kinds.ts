/** What a promise is about, refined from its wording (rows, first match wins). */
import type { z } from "zod";
import type { CommitmentKindSchema } from "../model/graph-model.ts";

export type CommitmentKind = z.infer<typeof CommitmentKindSchema>;

const KIND_ROWS: Array<{ match: RegExp; kind: CommitmentKind }> = [
  { match: /\b(?:kamer|u)\b[^.?!]{0,80}\b(?:informe\p{L}*|geïnformeerd|toekomen|aangeboden|toegezonden|ingelicht)|\b(?:informeer|informeren|stuur|sturen)\b[^.?!]{0,60}\b(?:kamer|u)\b|\bvoortgangsbrief|\bkamerbrief/iu, kind: "inform_parliament" },
  { match: /\bonderzo\p{L}*|\bvalider\p{L}*|\bevalu\p{L}*|\btoets\p{L}*|\bbezien\b|\bbeoordeeld\b|\bverkennen\b|\bgeb\b|\banalyse/iu, kind: "investigation" },
  { match: /\bbesluit\p{L}*|\bbesloten\b|\bbepaald\b|\bbeslis\p{L}*|\bkeuze\b|\bvast\s+te\s+stellen\b|\bvoornemens\b/iu, kind: "decision" },
  { match: /\brapport\p{L}*|\bverslag\b|\bupdate\b|\buitkomsten\b|\bbeeld\b|\boverzicht\b|\bplan\b/iu, kind: "report" },
];

export function kindOf(sentence: string, fallback: CommitmentKind): CommitmentKind {
  for (const row of KIND_ROWS) if (row.match.test(sentence)) return row.kind;
  return fallback;
}
