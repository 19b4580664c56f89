/**
 * Which of the three parliamentary genres a text is, read from the
 * conventions of its frame (not from any one document's wording).
 */
import type { DocumentMeta } from "../model/extraction.ts";
import { rekenkamerLetterKind } from "./rekenkamer-letter.ts";

export type DocumentKind = DocumentMeta["kind"];

/** Web layout of officielebekendmakingen / openkamer: "Kamervraag 2022Z01424". */
const KAMERVRAAG_WEB = /^\s*Kamervraag\s+\d{4}Z\d{5}/;
/** Aanhangsel van de Handelingen: "Vragen van het lid … (ingezonden 2 juni 2017)", "Antwoord van … (ontvangen …)". */
const KAMERVRAAG_ASKED = /(?:^|\n)[^\n]{0,20}Vragen van (?:het lid|de leden) [^\n]{0,1500}?\(ingezonden /;
const KAMERVRAAG_ANSWERED = /(?:^|\n)(?:Antwoord|Mededeling) van (?:de )?(?:[Mm]inister|[Ss]taatssecretaris)[^\n]{0,400}?\((?:ontvangen|ingezonden) /;
const VRAGENLIJST =
  /Lijst van vragen en antwoorden|[Vv]erslag van (?:een )?schriftelijk overleg|(?:^|\n)[ \t]*(?:De|Het) (?:vaste |algemene |tijdelijke |bijzondere )?commissie voor [^\n]{2,200}? heeft\s[^]{0,60}?vragen|(?:^|\n)\s*Vastgesteld \d{1,2} \p{L}+ \d{4}/u;
const KAMERBRIEF =
  /Aan de [Vv]oorzitter van de (?:Tweede|Eerste) Kamer|(?:^|\n)(?:Nr\.\s*\d+\s+)?BRIEF VAN |(?:^|\n)(?:Den Haag|'s-Gravenhage),?\s+\d{1,2}\s+\p{L}+\s+\d{4}|(?:^|\n)Datum:?\s+\d{1,2}\s+\p{L}+\s+\d{4}|(?:^|\n)Hoogachtend,?\s*(?:\n|$)|(?:^|\n)Met vriendelijke groet/u;
const LETTER_FRAME = /Aan de [Vv]oorzitter van de (?:Tweede|Eerste) Kamer/;
const EXPLICIT_LIST = /Lijst van vragen en antwoorden|[Vv]erslag van (?:een )?schriftelijk overleg|(?:^|\n)\s*Vastgesteld \d/;
const QUESTION_HEADINGS = /(?:^|\n)[•·]?\s*Vraag \d+/;

export function detectKind(text: string): DocumentKind {
  if (typeof text !== "string" || text.length === 0) return "unknown";
  const head = text.slice(0, 6000);
  if (KAMERVRAAG_WEB.test(head)) return "kamervraag";
  const rekenkamer = rekenkamerLetterKind(text);
  if (rekenkamer) return rekenkamer;
  // a letter that answers a committee's questions is still a letter: addressed, with salutation
  if (LETTER_FRAME.test(head) && /(?:^|\n)\s*(?:Geachte|Hoogachtend)/.test(text) && !EXPLICIT_LIST.test(head)) return "kamerbrief";
  if (VRAGENLIJST.test(head)) return "vragenlijst";
  if (KAMERVRAAG_ASKED.test(head) || KAMERVRAAG_ANSWERED.test(head)) return "kamervraag";
  if (KAMERBRIEF.test(head) || KAMERBRIEF.test(text.slice(-4000))) return "kamerbrief";
  if (QUESTION_HEADINGS.test(head) && /(?:^|\n)Antwoord/.test(text)) return "kamervraag";
  return "unknown";
}
