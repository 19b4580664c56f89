/**
 * Due dates of commitments: the time expression in a sentence, normalised to
 * the LAST day of the period it names (shared/gold/README.md): "eind maart
 * 2020" → 2020-03-31, "eerste helft van 2027" → 2027-06-30, "per 1 juli" →
 * 1 July of the document's year. Vague periods ("voor het zomerreces", "zo
 * spoedig mogelijk") keep their wording with a null date. When a sentence names
 * several dates ("eind 2024 en medio 2025") the last one is the deadline.
 * Rows {id, match, emits, reason}, compiled once.
 */
const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const M = `(${MONTHS.join("|")})`;
const Y = "(20\\d\\d|19\\d\\d)";
const ORD: Record<string, number> = { eerste: 1, "1e": 1, tweede: 2, "2e": 2, derde: 3, "3e": 3, vierde: 4, "4e": 4, laatste: 4 };

export interface DueRef { documentDate: string | null }
export interface Due { due: string | null; due_text: string; rule: string; start: number; end: number }

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const endOfMonth = (y: number, m: number) => `${y}-${pad(m)}-${pad(lastDayOfMonth(y, m))}`;
const month = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
const docYear = (ref: DueRef) => (ref.documentDate ? Number(ref.documentDate.slice(0, 4)) : null);

interface Row { id: string; match: RegExp; emits: (m: RegExpExecArray, ref: DueRef) => string | null; reason: string }

const ROWS: Row[] = [
  { id: "due.day-month-year", match: new RegExp(`\\b(?:voor|vóór|per|uiterlijk|op|tot|met ingang van)\\s+(\\d{1,2})\\s+${M}(?:\\s+${Y})?`, "giu"),
    emits: (m, ref) => { const y = m[3] ? Number(m[3]) : docYear(ref); return y ? `${y}-${pad(month(m[2]!))}-${pad(Number(m[1]))}` : null; }, reason: "a named day is the deadline itself" },
  { id: "due.end-of-month", match: new RegExp(`\\b(?:eind|einde|uiterlijk eind|ultimo)\\s+${M}(?:\\s+${Y})?`, "giu"),
    emits: (m, ref) => { const y = m[2] ? Number(m[2]) : docYear(ref); return y ? endOfMonth(y, month(m[1]!)) : null; }, reason: "eind <maand> → last day of that month" },
  { id: "due.month-year", match: new RegExp(`\\b(?:in|voor|vóór|per|begin|medio|half)?\\s*${M}\\s+${Y}`, "giu"),
    emits: (m) => endOfMonth(Number(m[2]), month(m[1]!)), reason: "<maand> <jaar> → last day of that month" },
  { id: "due.half", match: new RegExp(`\\b(eerste|tweede|1e|2e)\\s+helft\\s+(?:van\\s+)?${Y}`, "giu"),
    emits: (m) => (ORD[m[1]!.toLowerCase()] === 1 ? `${m[2]}-06-30` : `${m[2]}-12-31`), reason: "helft → 30 June or 31 December" },
  { id: "due.quarter", match: new RegExp(`\\b(?:(eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e)\\s+kwartaal\\s+(?:van\\s+)?${Y}|Q([1-4])\\s+${Y})`, "giu"),
    emits: (m) => { const q = m[1] ? ORD[m[1].toLowerCase()]! : Number(m[3]); const y = Number(m[2] ?? m[4]); return endOfMonth(y, q * 3); }, reason: "kwartaal → last day of its third month" },
  { id: "due.end-of-year", match: new RegExp(`\\b(?:eind|einde|ultimo|uiterlijk eind)\\s+(?:van\\s+)?${Y}`, "giu"), emits: (m) => `${m[1]}-12-31`, reason: "eind <jaar> → 31 December" },
  { id: "due.mid-year", match: new RegExp(`\\b(?:medio|midden)\\s+${Y}`, "giu"), emits: (m) => `${m[1]}-06-30`, reason: "medio <jaar> → 30 June" },
  { id: "due.begin-year", match: new RegExp(`\\b(?:begin|begin van|aan het begin van)\\s+${Y}`, "giu"), emits: (m) => `${m[1]}-03-31`, reason: "begin <jaar> → end of the first quarter" },
  { id: "due.season", match: new RegExp(`\\b(?:in\\s+het\\s+|het\\s+|in\\s+de\\s+|de\\s+)?(voorjaar|zomer|najaar)\\s+(?:van\\s+)?${Y}`, "giu"),
    emits: (m) => `${m[2]}-${({ voorjaar: "05-31", zomer: "08-31", najaar: "11-30" } as Record<string, string>)[m[1]!.toLowerCase()]}`, reason: "seasons: voorjaar → 31 May, zomer → 31 Aug, najaar → 30 Nov" },
  { id: "due.in-year", match: new RegExp(`\\b(?:in|voor|vóór|uiterlijk in|gedurende|tijdens)\\s+${Y}\\b(?!\\s*[-–]\\s*\\d)`, "giu"), emits: (m) => `${m[1]}-12-31`, reason: "in <jaar> → 31 December" },
  { id: "due.next-year", match: /\b(?:volgend|komend)\s+jaar\b/giu, emits: (_m, ref) => { const y = docYear(ref); return y ? `${y + 1}-12-31` : null; }, reason: "volgend jaar → 31 December of the year after the document" },
  { id: "due.this-year", match: /\b(?:(?:later|eind|nog)\s+)?dit\s+jaar\b/giu, emits: (_m, ref) => { const y = docYear(ref); return y ? `${y}-12-31` : null; }, reason: "dit jaar → 31 December of the document's year" },
  { id: "due.this-season", match: /\b(?:dit|komend|komende|in het|het)\s+(voorjaar|najaar)\b/giu,
    emits: (m, ref) => { const y = docYear(ref); return y ? `${y}-${m[1]!.toLowerCase() === "voorjaar" ? "05-31" : "11-30"}` : null; }, reason: "dit najaar → 30 November of the document's year" },
  { id: "due.vague", match: /\b(?:zo spoedig mogelijk|zo snel mogelijk|voor het (?:zomer|kerst|voorjaars|herfst)reces|voor de zomer|na de zomer|over enige (?:maanden|weken|tijd)|over (?:een )?(?:aantal|enkele|paar) (?:maanden|weken)|(?:de )?komende (?:tijd|periode|maanden|jaren|weken)|binnenkort|op korte termijn|in de volgende fase(?: \([^)]*\))?|na afronding van [^,.;]{3,40}|te zijner tijd|in de loop van (?:dit|het) jaar)/giu,
    emits: () => null, reason: "a period without a date: keep the wording, no date" },
];

/** All time expressions in the sentence with their normalised dates. */
export function findDueExpressions(sentence: string, ref: DueRef): Due[] {
  const found: Due[] = [];
  for (const row of ROWS) {
    row.match.lastIndex = 0;
    for (let m = row.match.exec(sentence); m; m = row.match.exec(sentence)) {
      const text = m[0].trim();
      const start = m.index + m[0].indexOf(text);
      const end = start + text.length;
      if (found.some((f) => f.start < end && start < f.end)) continue; // an earlier, more specific row took it
      found.push({ due: row.emits(m, ref), due_text: text, rule: row.id, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The deadline a sentence names: the latest dated expression, else the first vague one. */
export function parseDue(sentence: string, ref: DueRef): Due | null {
  const all = findDueExpressions(sentence, ref);
  if (all.length === 0) return null;
  const dated = all.filter((d) => d.due !== null);
  if (dated.length === 0) return all[0]!;
  const latest = dated.reduce((a, b) => (b.due! > a.due! ? b : a));
  const first = dated[0]!;
  // "eind 2024 en medio 2025": one deadline phrase spanning both
  const joined = first !== latest && /^\s*(?:en|of|tot|–|-)\s*$/.test(sentence.slice(first.end, latest.start));
  return joined ? { ...latest, due_text: sentence.slice(first.start, latest.end), start: first.start } : latest;
}
