/**
 * Splits a text into plain and highlighted runs for rendering with text nodes
 * and <mark> elements. Overlapping spans are merged per run: a character is
 * highlighted with the classes of every span that covers it.
 */
export interface Span { start: number; end: number; className: string; id?: string }
export interface Run { text: string; start: number; classes: string[]; ids: string[] }

export function splitRuns(text: string, spans: Span[]): Run[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid.filter((s) => s.start <= start && s.end >= end);
    runs.push({
      text: text.slice(start, end),
      start,
      classes: [...new Set(covering.map((s) => s.className))],
      ids: covering.flatMap((s) => (s.id ? [s.id] : [])),
    });
  }
  return runs;
}

/** Renders runs as DOM: plain runs become text nodes, highlighted ones <mark> with only textContent. */
export function renderRuns(doc: Document, runs: Run[]): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const run of runs) {
    if (!run.classes.length) {
      fragment.appendChild(doc.createTextNode(run.text));
      continue;
    }
    const mark = doc.createElement("mark");
    mark.className = run.classes.join(" ");
    if (run.ids.length) mark.dataset.ids = run.ids.join(" ");
    mark.textContent = run.text;
    fragment.appendChild(mark);
  }
  return fragment;
}
