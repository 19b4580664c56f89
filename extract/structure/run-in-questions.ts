/**
 * "Vraag N" question blocks in text without line breaks (OCR of Algemene
 * Rekenkamer letters): the heading, the question run together with its
 * answer, up to the next heading. Where the answer starts is decided by the
 * answerSplits rows of rekenkamer-rules.json, first row that fires wins.
 */
import { AR_RULES, firstMatch } from "./rekenkamer-rules.ts";
import { parseNumberList, type SegmentList } from "./segments.ts";

export interface RunInHeading {
  numbers: number[];
  start: number;
  /** where the question text starts: after the numbers and any page furniture ("5/9", "(pagina 2)") */
  contentStart: number;
}

/** Capitalised "Vraag 3", "Vragen 3 en 4", "Vraag 12 t/m 14", OCR "Vraag3", "Vraa g 3". */
const HEADING = /(?<![\p{L}\p{N}])Vra(?:a\s?g|gen)\s*\.?\s*(\d{1,3}(?:\s*(?:,|en|t\/m|tot en met|–|-)\s*\d{1,3})*)(?!\d)/gu;
/** a heading quoted in a sentence is a reference, not a heading: "zie ook Vraag 3", "antwoord op Vraag 5" */
const REFERENCE_BEFORE = /\b(?:op|bij|zie|naar|aan|onder)\s+$/;
/** page numbers and page hints the scan put right after the heading */
const FURNITURE_AFTER = /^\s*(?:\(pagina\s*\d+\)\s*)?(?:\d{1,3}\s?\/\s?\d{1,3}(?!\d)\s*)?[.:]?\s*/;

export function findRunInHeadings(text: string, from = 0, to = text.length): RunInHeading[] {
  const out: RunInHeading[] = [];
  HEADING.lastIndex = from;
  for (let m = HEADING.exec(text); m && m.index < to; m = HEADING.exec(text)) {
    if (REFERENCE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const numbers = parseNumberList(m[1]!).filter((n) => n > 0 && n <= 400);
    if (numbers.length === 0) continue;
    const after = m.index + m[0].length;
    const furniture = FURNITURE_AFTER.exec(text.slice(after, after + 40));
    out.push({ numbers, start: m.index, contentStart: after + (furniture ? furniture[0].length : 0) });
  }
  HEADING.lastIndex = 0;
  return out;
}

/** How far into a block the answer may start: a question is never longer than this. */
const QUESTION_MAX = 2500;

/** Offset where the answer of the block [from, to) starts, with the rule that said so; null when the block is all question. */
export function answerStart(text: string, from: number, to: number): { at: number; rule: string } | null {
  const block = text.slice(from, Math.min(to, from + QUESTION_MAX));
  for (const row of AR_RULES.answerSplits) {
    const m = firstMatch(row, block);
    if (!m) continue;
    const at = from + (row.emits.answer === "at" ? m.index : m.index + m[0].length);
    if (at > from && at < to) return { at, rule: row.id };
  }
  return null;
}

/** Question and answer segments for each heading in [from, to). */
export function segmentRunInQuestions(text: string, headings: RunInHeading[], to: number, list: SegmentList): void {
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i]!;
    const end = i + 1 < headings.length ? headings[i + 1]!.start : to;
    const n = h.numbers[0]!;
    const split = answerStart(text, h.contentStart, end);
    if (!split) {
      list.add(`q${n}`, "question", h.start, end, n, h.numbers);
      continue;
    }
    list.add(`q${n}`, "question", h.start, split.at, n, h.numbers);
    const before = list.segments.length;
    list.add(`a${n}`, "answer", split.at, end, n, h.numbers);
    if (list.segments.length > before) list.segments[list.segments.length - 1]!.rule = split.rule;
  }
}
