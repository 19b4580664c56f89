/**
 * PDF text positions → running text. pdf.js gives text items (a string, its
 * baseline origin, width and font size); the order and the spaces between
 * them are not text yet. Here items on one baseline become a line (a raised
 * footnote mark joins the line it belongs to), lines are read top to bottom,
 * a space is put wherever the gap between two items is wider than a sliver
 * of the font size, and every line ends with a line break, so words are never
 * glued across items or line ends. Hyphens at line ends are kept as printed:
 * the normaliser decides whether "regelge-\nving" is one word.
 */

export interface PdfTextItem {
  str: string;
  /** left end of the baseline, in PDF units, y growing upwards */
  x: number;
  y: number;
  width: number;
  /** font size (the height of the em square) */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** A run of items on one line with no column gap inside. */
export interface LineSegment {
  text: string;
  x: number;
  y: number;
  size: number;
  end: number;
}

export interface LayoutLine {
  y: number;
  size: number;
  segments: LineSegment[];
}

/** A gap wider than this share of the font size is a space between words. */
const WORD_GAP = 0.15;
/** A gap wider than this many font sizes separates two fields or columns of one line. */
const COLUMN_GAP = 2.5;
/** Two items whose baselines differ by less than this share of the font size are on one line. */
const SAME_BASELINE = 0.3;

/** Spacing accents some PDFs draw as glyphs of their own, and the combining marks they stand for. */
const COMBINING: Record<string, string> = {
  "\u00b8": "\u0327", "\u02db": "\u0328", "\u00b4": "\u0301", "\u0060": "\u0300", "\u00a8": "\u0308", "\u02c6": "\u0302",
  "\u02dc": "\u0303", "\u02c7": "\u030c", "\u02d8": "\u0306", "\u02d9": "\u0307", "\u02da": "\u030a", "\u02dd": "\u030b",
};

interface Run extends PdfTextItem {
  end: number;
}

/** Lines of one page, top to bottom, each split into segments at column gaps. */
export function pageLines(page: PdfPage): LayoutLine[] {
  const runs: Run[] = page.items
    .filter((i) => i.str.trim() !== "" && i.size > 0)
    .map((i) => ({ ...i, end: i.x + i.width }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ y: number; size: number; runs: Run[] }> = [];
  for (const run of runs) {
    const line = findLine(lines, run);
    if (line) {
      line.runs.push(run);
      if (run.size > line.size) {
        line.size = run.size;
        line.y = run.y;
      }
    } else lines.push({ y: run.y, size: run.size, runs: [run] });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines.map((l) => ({ y: l.y, size: l.size, segments: segmentsOf(l.runs.sort((a, b) => a.x - b.x)) }));
}

/**
 * The line a run belongs to: the same baseline, or, for a smaller run raised
 * a little above a line's baseline and touching it, that line (a footnote
 * mark "…hoofdlijnenakkoord?¹ Zo ja,"). Only lines near in height are looked at.
 */
function findLine(lines: Array<{ y: number; size: number; runs: Run[] }>, run: Run) {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const big = Math.max(line.size, run.size);
    if (line.y - run.y > 1.5 * big) break; // sorted by y: further lines are lower still
    if (Math.abs(line.y - run.y) <= SAME_BASELINE * Math.min(line.size, run.size)) return line;
    const [small, large] = run.size < line.size ? [run.y, line.y] : [line.y, run.y];
    const raised = small - large;
    if (Math.min(line.size, run.size) < 0.85 * big && raised > 0 && raised <= 0.7 * big && touches(line.runs, run, big)) return line;
  }
  return null;
}

function touches(runs: Run[], run: Run, size: number): boolean {
  return runs.some((r) => run.x <= r.end + size && r.x <= run.end + size);
}

function segmentsOf(runs: Run[]): LineSegment[] {
  const segments: LineSegment[] = [];
  let current: LineSegment | null = null;
  let previous: Run | null = null;
  for (const run of runs) {
    const size = current ? Math.max(current.size, run.size) : run.size;
    const gap = current ? run.x - current.end : 0;
    if (!current || gap > COLUMN_GAP * size) {
      current = { text: run.str.trim(), x: run.x, y: run.y, size: run.size, end: run.end };
      segments.push(current);
      previous = run;
      continue;
    }
    const accent = COMBINING[run.str[0]!];
    if (accent && gap < 0 && /\p{L}$/u.test(current.text)) {
      // a spacing accent drawn over the letter before it: "Yes" + "¸ ilgöz" is "Yeşilgöz"
      current.text = (current.text + accent).normalize("NFC") + run.str.slice(1).replace(/^ /, "").trimEnd();
      current.end = Math.max(current.end, run.end);
      previous = run;
      continue;
    }
    // a space printed at the end of the previous item ("1 " before a note) counts as a gap
    const space = gap > WORD_GAP * Math.min(current.size, run.size) || /\s$/.test(previous!.str) || /^\s/.test(run.str);
    current.text = space ? `${current.text} ${run.str.trim()}` : current.text + run.str.trimEnd();
    current.end = Math.max(current.end, run.end);
    current.size = size;
    previous = run;
  }
  for (const s of segments) s.text = s.text.replace(/\s+/g, " ");
  return segments;
}

/** A line as text: its segments joined by one space (the gap between label and value, or two fields). */
export function lineText(line: LayoutLine): string {
  return line.segments.map((s) => s.text).join(" ");
}
