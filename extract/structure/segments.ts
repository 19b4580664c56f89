/**
 * Cutting a document into segments: question / answer blocks by their
 * headings ("• Vraag 3", "Vraag 4, 5, 7 en 8", "Antwoord op vraag 4 t/m 6",
 * "Antwoord"), notices ("Mededeling"), and, for committee lists that carry no
 * headings at all, question paragraphs told apart from answer paragraphs.
 */
import type { Segment } from "../model/extraction.ts";

export interface Heading {
  kind: "question" | "answer" | "notice";
  numbers: number[];
  /** start of the heading line */
  start: number;
  /** where the block's own text starts (after the heading words) */
  contentStart: number;
}

// "Antwoord op vragen 2 en 3", also without "op": "Antwoord vragen 1,2,3,4 en 5" (ministry drafts)
const HEADING =
  /^[ \t]*(?:[•·▪]\s*)?(?:(Vra(?:ag|gen))|(Antwoord(?:en)?)(?:\s+(?:op\s+)?(?:de\s+)?vra(?:ag|gen))?|(Mededeling))\b(?:\s+(\d{1,3}(?:\s*(?:,|en|t\/m|tot en met|-|–)\s*\d{1,3})*))?[ \t]*(?:[:.\-–][ \t]*)?([^\n]*)$/gm;

/** "4, 5, 7 en 8" → [4, 5, 7, 8]; "4 t/m 6" → [4, 5, 6]. */
export function parseNumberList(s: string): number[] {
  const out: number[] = [];
  const re = /(\d{1,3})(?:\s*(?:t\/m|tot en met|-|–)\s*(\d{1,3}))?/g;
  for (const m of s.matchAll(re)) {
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (b >= a && b - a <= 50) for (let k = a; k <= b; k++) out.push(k);
    else out.push(a);
  }
  return [...new Set(out)];
}

export function findHeadings(text: string): Heading[] {
  const out: Heading[] = [];
  for (const m of text.matchAll(HEADING)) {
    const [, vraag, antwoord, mededeling, nums, rest] = m;
    const restText = (rest ?? "").trim();
    const numbers = nums ? parseNumberList(nums) : [];
    const restStart = m.index + m[0].length - (rest ?? "").length;
    let kind: Heading["kind"] | null = null;
    if (vraag) {
      // "Vraag 3" (text may follow on the line); never "Vragen van het lid …"
      if (numbers.length > 0) kind = "question";
    } else if (antwoord) {
      // "Antwoord", "Antwoord 3", "Antwoord op vraag 4, 5"; never "Antwoord van minister X (ontvangen …)"
      if (numbers.length > 0 || restText === "") kind = "answer";
    } else if (mededeling) {
      // "• Mededeling - 24 februari 2022", "Mededeling" — not "Mededeling van …" header lines of other genres
      if (restText.length <= 60 && !/^van\s/i.test(restText)) kind = "notice";
    }
    if (!kind) continue;
    const contentStart = kind === "notice" ? m.index + m[0].length : restText ? restStart : m.index + m[0].length;
    out.push({ kind, numbers, start: m.index, contentStart });
  }
  return out;
}

export class SegmentList {
  readonly segments: Segment[] = [];
  private readonly ids = new Set<string>();
  constructor(private readonly text: string) {}

  /** Add [start, end) trimmed of white space; ignores empty ranges; keeps ids unique. */
  add(id: string, kind: Segment["kind"], start: number, end: number, number?: number | null, numbers?: number[]): void {
    let s = Math.max(0, start);
    let e = Math.min(this.text.length, end);
    while (s < e && /\s/.test(this.text[s]!)) s++;
    while (e > s && /\s/.test(this.text[e - 1]!)) e--;
    if (e <= s) return;
    let unique = id;
    for (let k = 2; this.ids.has(unique); k++) unique = `${id}-${k}`;
    this.ids.add(unique);
    const seg: Segment = { id: unique, kind, start: s, end: e };
    if (number !== undefined) seg.number = number;
    if (numbers && numbers.length > 1) seg.numbers = numbers;
    this.segments.push(seg);
  }

  sorted(): Segment[] {
    return [...this.segments].sort((a, b) => a.start - b.start);
  }
}

/** End of the paragraph that starts at or after `from` (the next blank line), capped at `limit`. */
export function paragraphEnd(text: string, from: number, limit: number): number {
  let k = from;
  while (k < limit && /\s/.test(text[k]!)) k++;
  const br = text.indexOf("\n\n", k);
  return br < 0 || br > limit ? limit : br;
}

/**
 * Q/A blocks from headings within [from, to). With explicit "Antwoord"
 * headings, every heading starts a block; without (web layout "• Vraag N"
 * followed by question paragraph and answer), the first paragraph after the
 * heading is the question and the rest the answer.
 */
export function segmentByHeadings(text: string, headings: Heading[], from: number, to: number, list: SegmentList, questionsOnly = false): void {
  const hs = headings.filter((h) => h.start >= from && h.start < to);
  const hasAnswerHeadings = hs.some((h) => h.kind === "answer");
  let lastQuestion: number[] = [];
  let unnumberedAnswers = 0;
  let notices = 0;
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i]!;
    const end = i + 1 < hs.length ? hs[i + 1]!.start : to;
    if (h.kind === "notice") {
      notices++;
      list.add(notices === 1 ? "notice" : `notice${notices}`, "notice", h.start, end);
      continue;
    }
    if (h.kind === "question") {
      lastQuestion = h.numbers;
      const n = h.numbers[0]!;
      if (hasAnswerHeadings || questionsOnly) {
        list.add(`q${n}`, "question", h.start, end, n, h.numbers);
      } else {
        const qEnd = paragraphEnd(text, h.contentStart, end);
        list.add(`q${n}`, "question", h.start, qEnd, n, h.numbers);
        list.add(`a${n}`, "answer", qEnd, end, n, h.numbers);
      }
      continue;
    }
    const numbers = h.numbers.length > 0 ? h.numbers : lastQuestion;
    const n = numbers[0] ?? ++unnumberedAnswers;
    list.add(`a${n}`, "answer", h.start, end, n, numbers);
  }
}

/** A committee's question paragraph: ends in "?", or reports what members ask. */
const FRACTIE_ASKS =
  /^(?:[^\n]{0,80}\n)?(?:(?:Verder |Ook |Tot slot |Voorts |Naar aanleiding daarvan )?(?:vragen |horen |willen |hebben )?(?:de|De) leden van de|(?:De|de) fracties? van|Deze leden|Die leden|De [\p{L}-]+-fractie)\b/u;

/**
 * Committee lists printed without "Vraag N" headings: consecutive question
 * paragraphs form question i, the paragraphs after them its answer.
 */
export function segmentByParagraphs(text: string, from: number, to: number, list: SegmentList): boolean {
  const paras: Array<{ start: number; end: number; question: boolean }> = [];
  let k = from;
  while (k < to) {
    while (k < to && /\s/.test(text[k]!)) k++;
    if (k >= to) break;
    const e = paragraphEnd(text, k, to);
    const body = text.slice(k, e).trimEnd();
    const question = /\?["'»”’)]*$/.test(body) || FRACTIE_ASKS.test(body);
    paras.push({ start: k, end: e, question });
    k = e;
  }
  // a lone heading line ("Financiën") belongs to the question that follows it
  for (let j = 0; j + 1 < paras.length; j++) {
    const p = paras[j]!;
    const body = text.slice(p.start, p.end).trim();
    if (!p.question && paras[j + 1]!.question && body.length <= 60 && !body.includes("\n") && !/[.?!:;,]$/.test(body)) p.question = true;
  }
  if (!paras.some((p) => p.question)) return false;
  let i = 0;
  const firstQ = paras.findIndex((p) => p.question);
  if (firstQ > 0) list.add("preamble", "preamble", paras[0]!.start, paras[firstQ - 1]!.end);
  i = firstQ;
  let n = 0;
  while (i < paras.length) {
    n++;
    const qs = paras[i]!.start;
    while (i < paras.length && paras[i]!.question) i++;
    const qe = paras[i - 1]!.end;
    list.add(`q${n}`, "question", qs, qe, n);
    if (i >= paras.length) break;
    const as = paras[i]!.start;
    while (i < paras.length && !paras[i]!.question) i++;
    list.add(`a${n}`, "answer", as, paras[i - 1]!.end, n);
  }
  return true;
}

/**
 * Where trailing notes start: "X Noot" blocks of the web layout, or the
 * footnote paragraphs ("3 Websiteregister …", bare URLs) the normaliser moved
 * to the end. Returns `to` when there are none.
 */
export function notesStart(text: string, from: number, to: number): number {
  const xNoot = text.indexOf("\nX Noot", from);
  if (xNoot >= 0 && xNoot < to) return xNoot + 1;
  let start = to;
  let k = to;
  for (;;) {
    const prevBreak = text.lastIndexOf("\n\n", k - 1);
    const paraStart = prevBreak < from ? from : prevBreak + 2;
    const para = text.slice(paraStart, k).trim();
    if (para.length === 0 || para.length > 400 || !/^(?:\d{1,3}\s+\S|https?:\/\/|www\.)/.test(para) || para.includes("\n")) break;
    start = paraStart;
    if (paraStart <= from) break;
    k = prevBreak;
  }
  return start;
}
