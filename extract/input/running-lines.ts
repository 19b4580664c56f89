/**
 * Running headers and footers: a line segment near the top or bottom edge of
 * the page whose text, with its numbers masked, comes back at the same height
 * on other pages ("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3", the
 * page number). Recurrence at one position is the evidence, not the wording,
 * so it holds for any publisher's furniture. A one-page document has no
 * evidence: its footer stays in the text for the normaliser's own rules.
 */
import type { LayoutLine, LineSegment } from "./pdf-layout.ts";

/** Share of the page height, at the top and at the bottom, where furniture lives. */
const EDGE_BAND = 0.12;
/** Two segments this close in height (PDF units) are at the same position. */
const SAME_HEIGHT = 2;

export interface PageLines {
  height: number;
  lines: LayoutLine[];
}

const mask = (text: string) => text.replace(/\d+/g, "#").replace(/\s+/g, " ").trim();

interface Occurrence {
  page: number;
  segment: LineSegment;
}

/**
 * The furniture segments of every page (as a set per page) and one example
 * text of each kind. A group of look-alike segments (same text with numbers
 * masked, same height) counts as furniture when it is on every page but at
 * most one, and either carries a page counter (a number that is the page's
 * own: "Aanhangsel 3", "3"), or is identical on at least three pages, or
 * shares its line with a page counter. Body lines that merely start every
 * page at the top margin ("7. Agendapunt:", "Besluit:") fail all three.
 */
export function findRunningSegments(pages: PageLines[]): { running: Array<Set<LineSegment>>; examples: string[] } {
  const running = pages.map(() => new Set<LineSegment>());
  const examples: string[] = [];
  if (pages.length < 2) return { running, examples };
  const groups = lookAlikes(pages);
  const needed = Math.max(2, pages.length - 1);
  const counters: Occurrence[] = [];
  const accept = (group: Occurrence[]) => {
    for (const o of group) running[o.page]!.add(o.segment);
    examples.push(group[0]!.segment.text);
  };
  const identicalGroups: Occurrence[][] = [];
  for (const group of groups) {
    if (new Set(group.map((o) => o.page)).size < needed) continue;
    if (isPageCounter(group)) {
      accept(group);
      counters.push(...group);
    } else if (group.every((o) => o.segment.text === group[0]!.segment.text)) identicalGroups.push(group);
  }
  for (const group of identicalGroups) {
    const beside = (o: Occurrence) => counters.some((c) => c.page === o.page && Math.abs(c.segment.y - o.segment.y) <= SAME_HEIGHT);
    if (new Set(group.map((o) => o.page)).size >= 3 || group.every(beside)) accept(group);
  }
  return { running, examples };
}

/** Segments near the top or bottom edge, grouped by masked text and height. */
function lookAlikes(pages: PageLines[]): Occurrence[][] {
  const byKey = new Map<string, Occurrence[][]>();
  pages.forEach((page, n) => {
    for (const segment of page.lines.flatMap((line) => line.segments)) {
      if (segment.y < page.height * (1 - EDGE_BAND) && segment.y > page.height * EDGE_BAND) continue;
      const key = mask(segment.text);
      const groups = byKey.get(key) ?? [];
      const group = groups.find((g) => Math.abs(g[0]!.segment.y - segment.y) <= SAME_HEIGHT);
      if (group) group.push({ page: n, segment });
      else groups.push([{ page: n, segment }]);
      byKey.set(key, groups);
    }
  });
  return [...byKey.values()].flat();
}

/**
 * Some number of the text counts the pages: it equals the page's own number
 * (index + 1) on every page, or the index when the first page is uncounted
 * ("Aanhangsel 3", "Pagina 3 van 5"). Item numbers that happen to step by
 * one from page to page ("6. Agendapunt:", "7. Agendapunt:") are not page numbers.
 */
function isPageCounter(group: Occurrence[]): boolean {
  const numbers = group.map((o) => (o.segment.text.match(/\d+/g) ?? []).map(Number));
  const positions = numbers[0]!.length;
  if (positions === 0 || numbers.some((n) => n.length !== positions)) return false;
  for (let i = 0; i < positions; i++) {
    const offset = numbers[0]![i]! - group[0]!.page;
    if ((offset === 0 || offset === 1) && group.every((o, k) => numbers[k]![i]! - o.page === offset)) return true;
  }
  return false;
}

/**
 * The left edge of the text column: where the segments holding most of the
 * text start (rounded to a point; weighed by characters, so a few short
 * margin lines never outvote the body). Text left of it is margin, not body.
 */
export function bodyColumnStart(pages: PageLines[]): number {
  const counts = new Map<number, number>();
  for (const page of pages) for (const line of page.lines) for (const segment of line.segments) {
    const x = Math.round(segment.x);
    counts.set(x, (counts.get(x) ?? 0) + segment.text.length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [x, c] of counts) if (c > bestCount) [best, bestCount] = [x, c];
  return best;
}

const lineLength = (line: LayoutLine) => line.segments.reduce((n, s) => n + s.text.length, 0);

/** The font size most of the text is set in. */
function bodySize(pages: PageLines[]): number {
  const counts = new Map<number, number>();
  for (const page of pages) for (const line of page.lines) counts.set(line.size, (counts.get(line.size) ?? 0) + lineLength(line));
  let best = 0;
  let bestCount = -1;
  for (const [size, c] of counts) if (c > bestCount) [best, bestCount] = [size, c];
  return best;
}

/**
 * Colophon in the bottom margin: small print (under 80 % of the body size)
 * near the bottom edge and wholly left of the text column, such as
 * "ah-tk-20232024-1893", "ISSN 0921 - 7398", "’s-Gravenhage 2024" under the
 * first page's margin, also where it shares a line with the footer. A label
 * in body size left of its value ("Griffier:  T.J.E. van Toor") stays.
 */
export function findMarginColophon(pages: PageLines[], running: Array<Set<LineSegment>>): Array<Set<LineSegment>> {
  const column = bodyColumnStart(pages);
  const small = 0.8 * bodySize(pages);
  return pages.map((page, n) => {
    const found = new Set<LineSegment>();
    for (const line of page.lines) {
      if (line.y > page.height * EDGE_BAND) continue;
      for (const s of line.segments) if (!running[n]!.has(s) && s.end < column - s.size && s.size < small) found.add(s);
    }
    return found;
  });
}
