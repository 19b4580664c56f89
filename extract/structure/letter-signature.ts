/**
 * The closing signature of a minister's letter, however the text wraps it:
 *   "De Minister van Binnenlandse Zaken en Koninkrijksrelaties,\nR.W. Knops"
 *   "De Minister van Binnenlandse Zaken en Koninkrijksrelaties, R.W. Knops"
 *   "De minister van Justitie en Veiligheid \n\n\n\nD. Yeşilgöz-Zegerius"   (no comma, blank lines)
 *   "De Staatssecretaris van Volksgezondheid, Welzijn en\nSport,\nM. Karremans" (the office wraps)
 * The office is read on white-space-flattened lines; the name is the next
 * short line that looks like a name. "Mede namens de minister van X," on the
 * line before names an office the signer signs for.
 */
import { flatten } from "./flat-text.ts";
import { ARTICLE, OFFICE, PORTFOLIO, officeOf } from "./kamervraag-grammar.ts";
import type { HeaderOffice, HeaderPerson } from "./structure-schema.ts";

export interface Signature {
  signer: HeaderPerson;
  /** office as written ("Minister", "staatssecretaris") */
  writtenOffice: string;
  onBehalfOf: HeaderOffice[];
}

const OFFICE_LINE = new RegExp(
  `^(?:[Mm]ede namens (?<behalf>(?:${ARTICLE} ?)?${OFFICE}(?: (?:van|voor) (?:${PORTFOLIO}|[^,]{3,100}))?),? )?` +
    `(?:De|Het|de|het) (?<office>(?:[Ff]ungerend |[Ww]aarnemend )?${OFFICE})(?![\\p{Ll}])(?: (?<prep>van|voor) (?<ministry>${PORTFOLIO}|[^,.;:()]{3,100}?))?(?: ?,(?<rest> .*)?| ?)$`,
  "u",
);
/** "R.W. Knops", "D.M. van Weel", "drs. A.P. Visser", "Mona Keijzer": short, capitalised, no sentence. */
const NAME_LINE = /^(?:(?:drs?|mr|ir|prof|ing)\.\s*)*(?:\p{Lu}\.\s*)*\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5}$/u;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let k = from;
  while (k < to) {
    let e = text.indexOf("\n", k);
    if (e < 0 || e > to) e = to;
    out.push({ start: k, end: e, text: text.slice(k, e) });
    k = e + 1;
  }
  return out;
}

function nameOf(line: Line): { name: string; start: number; end: number } | null {
  const t = line.text.trim();
  if (!t || t.length > 60 || !NAME_LINE.test(t) || OFFICE_LINE.test(t) || /[?!:;,]$/.test(t)) return null;
  const start = line.start + line.text.indexOf(t);
  return { name: t, start, end: start + t.length };
}

export function findSignatures(text: string, from: number, to: number): Signature[] {
  const out: Signature[] = [];
  const lines = linesOf(text, from, to);
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    if (!/^\s*(?:[Mm]ede namens|De|Het|de|het)\s/.test(first.text) || first.text.trim().length > 200) continue;
    // the office phrase may run over two lines ("… Welzijn en\nSport,"): the longer reading first
    for (let span = 2; span >= 1; span--) {
      if (i + span - 1 >= lines.length) continue;
      const last = lines[i + span - 1]!;
      const f = flatten(text, first.start, last.end);
      const m = OFFICE_LINE.exec(f.flat);
      if (!m?.groups) continue;
      const g = m.groups;
      let name: { name: string; start: number; end: number } | null = null;
      const rest = g.rest?.trim();
      if (rest) {
        const at = f.at(f.flat.length - rest.length);
        name = nameOf({ start: at, end: last.end, text: text.slice(at, last.end) });
      } else {
        for (let j = i + span, blank = 0; j < lines.length && blank <= 4; j++) {
          if (!lines[j]!.text.trim()) {
            blank++;
            continue;
          }
          name = nameOf(lines[j]!);
          break;
        }
      }
      if (!name) continue;
      const office = officeOf(g.office!.replace(/^(?:[Ff]ungerend|[Ww]aarnemend) /, ""));
      const portfolio = g.prep === "voor";
      const ministry = g.ministry && !portfolio ? g.ministry.trim() : null;
      const officeText = portfolio ? `${g.office} voor ${g.ministry!.trim()}` : g.office!;
      const ministryStart = ministry ? f.at(f.flat.lastIndexOf(ministry)) : -1;
      const onBehalfOf: HeaderOffice[] = [];
      const behalfOffice = (phrase: string, span: { start: number; end: number }) => {
        const b = /^(?:(?:de|het) ?)?(\S+)(?: (van|voor) (.+?))?,?$/.exec(phrase);
        if (b) onBehalfOf.push({ office: officeOf(b[1]!)?.office ?? b[1]!.toLowerCase(), ministry: b[2] === "van" ? b[3]!.trim() : null, ...span });
      };
      if (g.behalf) behalfOffice(g.behalf, f.span(0, g.behalf.length));
      // "Mede namens de minister van X," on a line of its own above the office
      for (let j = i - 1, seen = 0; j >= 0 && seen < 4 && !g.behalf; j--, seen++) {
        const t = lines[j]!.text.trim();
        if (!t) continue;
        const before = /^[Mm]ede namens (.+?),?$/.exec(t);
        if (before) behalfOffice(before[1]!, { start: lines[j]!.start, end: lines[j]!.end });
        break;
      }
      out.push({
        writtenOffice: officeText,
        onBehalfOf,
        signer: {
          name: name.name, party: null, office: portfolio ? `${office?.office ?? g.office!.toLowerCase()} voor ${g.ministry!.trim()}` : office?.office ?? g.office!.toLowerCase(),
          ministry, start: first.start, end: name.end,
          nameSpan: { start: name.start, end: name.end },
          ...(ministry ? { ministrySpan: { start: ministryStart, end: ministryStart + ministry.length } } : {}),
          evidence: { start: first.start + (first.text.length - first.text.trimStart().length), end: name.end },
          rule: "letter.signature",
        },
      });
      i = i + span - 1;
      break;
    }
  }
  return out;
}
