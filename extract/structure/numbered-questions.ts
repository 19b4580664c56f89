/**
 * Questions of Kamervragen printed without "Vraag N" headings:
 *   ministry drafts   "1. Kunt u bevestigen …?"  /  "1\nWelke mogelijkheden …?"
 *   e-mail style      "1.\n\nBent u bekend met …?"
 *   plain paragraphs  "Kent u het bericht …? 1)" (no numbers at all)
 * A number only opens a question when it is the next number in sequence and a
 * question follows (a "?" on its line or in the paragraph after it, or a line
 * ending in ":" that introduces sub-questions), so numbered lists inside
 * answers and footnotes ("1) Pointer, 17 november 2024") are not questions.
 */
import type { Heading } from "./segments.ts";
import { paragraphEnd } from "./segments.ts";

const NUMBER_LINE = /^[ \t]*(\d{1,2})(\.?)[ \t]*([^\n]*)$/gm;

export function findNumberedQuestions(text: string, from: number, to: number): Heading[] {
  const out: Heading[] = [];
  let expected = 1;
  NUMBER_LINE.lastIndex = 0;
  const region = text.slice(from, to);
  for (const m of region.matchAll(NUMBER_LINE)) {
    const n = Number(m[1]);
    if (n !== expected) continue;
    const rest = m[3]!.trim();
    const start = from + m.index;
    const lineEnd = start + m[0].length;
    // "1 2" footnote markers, "1 november 2024": a bare number needs its own line or a question right after it
    if (rest && !m[2] && !/\?/.test(rest)) continue;
    let isQuestion: boolean;
    if (rest) {
      isQuestion = /\?/.test(rest) || /:\s*$/.test(rest);
    } else {
      const next = paragraphEnd(text, lineEnd, to);
      isQuestion = /\?/.test(text.slice(lineEnd, next));
    }
    if (!isQuestion) continue;
    let contentStart = rest ? start + m[0].indexOf(rest, m[1]!.length) : lineEnd;
    while (contentStart < to && /\s/.test(text[contentStart]!)) contentStart++;
    out.push({ kind: "question", numbers: [n], start, contentStart });
    expected++;
  }
  return out;
}

/** A footnote paragraph: "1) Pointer, 17 november 2024, …", "[1] https://…", "1Aanbevelingen voor …". */
const FOOTNOTE = /^(?:\d{1,2}\)|\[\d{1,2}\]|\d{1,2}(?=\p{Lu})|_{5,})/u;

/** Unnumbered questions: each paragraph in [from, to) that asks something is one question. */
export function findQuestionParagraphs(text: string, from: number, to: number): Heading[] {
  const out: Heading[] = [];
  let k = from;
  let n = 0;
  while (k < to) {
    while (k < to && /\s/.test(text[k]!)) k++;
    if (k >= to) break;
    const e = paragraphEnd(text, k, to);
    const body = text.slice(k, e).trim();
    if (body.includes("?") && !FOOTNOTE.test(body)) out.push({ kind: "question", numbers: [++n], start: k, contentStart: k });
    k = e;
  }
  return out;
}
