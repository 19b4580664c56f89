/**
 * Who asked, read from the covering sentence of an Algemene Rekenkamer letter
 * ("de door de vaste commissie voor X gestelde vragen", "vragen die de
 * commissie voor de Rijksuitgaven en de vaste commissies voor A en B hebben
 * gesteld"), with that one sentence as the quote. Rows: askers in
 * rekenkamer-rules.json.
 */
import { splitSentences } from "../sentences/split-sentences.ts";
import { AR_RULES, firstMatch } from "./rekenkamer-rules.ts";
import type { AskingBody } from "./structure-schema.ts";

/** A quote longer than this is a scan that lost its full stops: cut it down around the match. */
const MAX_QUOTE = 500;

/**
 * The sentence of [start, end), never reaching back before `floor` (the end of the salutation). When the
 * scan lost the sentence's boundaries, the quote starts at the covering sentence's "Hierbij" (or shortly
 * before the match) and ends shortly after it, at a word boundary.
 */
export function sentenceSpan(text: string, start: number, end: number, floor: number): { start: number; end: number } {
  const from = Math.max(floor, start - 1500);
  let span = { start, end };
  for (const s of splitSentences(text.slice(from, Math.min(text.length, end + 1500)), from)) {
    if (s.start <= start && start < s.end) { span = { start: Math.max(s.start, floor), end: Math.max(s.end, end) }; break; }
  }
  // the covering sentence opens with "Hierbij": letterhead text before it is a lost full stop, not part of the quote
  const opener = text.lastIndexOf("Hierbij", start);
  if (opener > span.start && start - opener < 300) span.start = opener;
  if (span.end - span.start <= MAX_QUOTE) return span;
  const a = opener >= span.start && start - opener < 300 ? opener : Math.max(span.start, text.lastIndexOf(" ", Math.max(span.start, start - 150)) + 1);
  const cut = text.indexOf(" ", Math.min(span.end, end + 200));
  return { start: a, end: cut < 0 || cut > span.end ? span.end : cut };
}

const PLURAL_HEAD = /^(?:(?:vaste|algemene)\s+)?(?:kamer)?commissies\b/i;
/** "de commissie voor de Rijksuitgaven en de vaste commissies voor Financiën": one piece per head */
const NEXT_HEAD = /(?:\s+en|,?\s+alsmede|,)\s+(?:de\s+)?(?=(?:(?:vaste|algemene)\s+)?(?:kamer)?commissies?\b|voor\s)/gi;

function askingPieces(who: string, whoStart: number, evidence: { start: number; end: number }, rule: string): AskingBody[] {
  const out: AskingBody[] = [];
  let last = 0;
  const cut = (a: number, b: number) => {
    const raw = who.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim().replace(/[,\s]+$/, "");
    if (!/\p{L}{3}/u.test(t)) return;
    // "… en voor de Rijksuitgaven" borrows the head of the piece before it
    const kind: AskingBody["kind"] = PLURAL_HEAD.test(t) ? "committees" : "committee";
    out.push({ text: t, kind, start: whoStart + a + lead, end: whoStart + a + lead + t.length, evidence, rule });
  };
  for (const m of who.matchAll(NEXT_HEAD)) {
    cut(last, m.index);
    last = m.index + m[0].length;
  }
  cut(last, who.length);
  return out;
}

export function readAskers(text: string, from: number, to: number, floor: number): AskingBody[] {
  const scope = text.slice(0, to);
  for (const row of AR_RULES.askers) {
    const m = firstMatch(row, scope, from);
    if (!m) continue;
    const who = m.groups?.who ?? m.groups?.who2;
    if (!who) continue;
    const whoStart = m.index + m[0].indexOf(who);
    const evidence = sentenceSpan(text, m.index, m.index + m[0].length, floor);
    if (row.emits.who === "tweede-kamer") {
      return [{ text: who, kind: "house", start: whoStart, end: whoStart + who.length, evidence, rule: row.id }];
    }
    const pieces = askingPieces(who, whoStart, evidence, row.id);
    if (pieces.length > 0) return pieces;
  }
  return [];
}
