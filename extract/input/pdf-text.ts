/**
 * Pages of positioned text items → the document's text: lines top to bottom,
 * page after page, running headers and footers left out. Pure.
 */
import { lineText, pageLines, type LayoutLine, type PdfPage } from "./pdf-layout.ts";
import { findMarginColophon, findRunningSegments } from "./running-lines.ts";

export interface PdfTextOptions {
  /** put an empty line where the gap above a line is clearly wider than the page's line pitch */
  paragraphBreaks?: boolean;
}

export interface PdfText {
  text: string;
  /** one example of each running header/footer that was left out, and every colophon line */
  furniture: string[];
}

export function pdfText(pages: PdfPage[], options: PdfTextOptions = {}): PdfText {
  const laid = pages.map((p) => ({ height: p.height, lines: pageLines(p) }));
  const { running, examples } = findRunningSegments(laid);
  const colophon = findMarginColophon(laid, running);
  const furniture = [...examples, ...colophon.flatMap((set) => [...set].map((s) => s.text))];
  const out: string[] = [];
  laid.forEach((page, n) => {
    const lines: LayoutLine[] = page.lines
      .map((line) => ({ ...line, segments: line.segments.filter((s) => !running[n]!.has(s) && !colophon[n]!.has(s)) }))
      .filter((line) => line.segments.length > 0);
    const pitch = options.paragraphBreaks ? typicalPitch(lines) : 0;
    lines.forEach((line, i) => {
      const prev = lines[i - 1];
      if (prev && pitch > 0 && prev.y - line.y > 1.6 * pitch && out.length > 0 && out[out.length - 1] !== "") out.push("");
      out.push(lineText(line));
    });
  });
  return { text: out.join("\n") + "\n", furniture };
}

/** The most common distance between consecutive lines of body size. */
function typicalPitch(lines: LayoutLine[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const d = Math.round((lines[i - 1]!.y - lines[i]!.y) * 2) / 2;
    if (d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [d, c] of counts) if (c > bestCount || (c === bestCount && d < best)) [best, bestCount] = [d, c];
  return best;
}
