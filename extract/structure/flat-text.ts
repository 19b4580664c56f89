/**
 * A view of a stretch of text in which line breaks no longer matter: every
 * run of white space becomes one space, so a header wrapped anywhere
 * ("(ontvangen\n18 november 2024)", "aan de\nMinister") reads as one line.
 * `at(i)` maps a flat offset back to the text it was cut from, so whatever a
 * grammar finds in the flat view keeps its exact span in the original.
 */

export interface FlatText {
  flat: string;
  /** offset in the source text of the flat character at `i` (i === flat.length maps to the end of the stretch) */
  at(i: number): number;
  /** source span of the flat span [start, end) */
  span(start: number, end: number): { start: number; end: number };
}

const SPACE = /\s/;

export function flatten(text: string, from = 0, to = text.length): FlatText {
  const map: number[] = [];
  let flat = "";
  let pendingSpace = -1;
  for (let i = Math.max(0, from); i < Math.min(to, text.length); i++) {
    const c = text[i]!;
    if (SPACE.test(c)) {
      if (pendingSpace < 0 && flat.length > 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      flat += " ";
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    flat += c;
    map.push(i);
  }
  const end = Math.min(to, text.length);
  const at = (i: number): number => (i < map.length ? map[Math.max(0, i)]! : map.length > 0 ? Math.min(end, map[map.length - 1]! + 1) : from);
  return {
    flat,
    at,
    span: (start, stop) => ({ start: at(start), end: stop > start ? at(stop - 1) + 1 : at(start) }),
  };
}
