/**
 * Full Dutch dates to ISO ("28 januari 2022", "15-05-2024", "9 juni 2026").
 * Only complete day-month-year dates: periods such as "eind maart 2020" are
 * the commitment due-date helper's business, not this module's.
 */

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1,
  februari: 2, feb: 2, febr: 2,
  maart: 3, mrt: 3,
  april: 4, apr: 4,
  mei: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  augustus: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const MONTH_ALTERNATION = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");

// "28 januari 2022", "1e januari 2022", "3 sept. 2024"; \b-free so "(ontvangen 2 juni 2017)" works;
// the year may be glued to the month by PDF extraction ("18 november2024").
const WRITTEN = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:e|ste|de)?\\s+(${MONTH_ALTERNATION})\\.?\\s*(\\d{4})(?!\\d)`, "giu");
// "15-05-2024", "15/05/2024", "15.05.2024"; the separators must agree.
const NUMERIC = /(?<![\p{L}\p{N}\-/.])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\p{N}])/gu;
// "2024-05-15"
const ISO = /(?<![\p{L}\p{N}\-/.])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/gu;

export interface FoundDate {
  iso: string;
  /** the date as written */
  text: string;
  start: number;
  end: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO string, or null when the parts are not a real calendar date. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1800 || year > 2200) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Every full date in the text, in order of appearance. */
export function findDutchDates(text: string, base = 0): FoundDate[] {
  const out: FoundDate[] = [];
  const push = (iso: string | null, m: RegExpExecArray) => {
    if (iso) out.push({ iso, text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  };
  for (const m of text.matchAll(WRITTEN)) push(toIsoDate(Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1])), m);
  for (const m of text.matchAll(NUMERIC)) push(toIsoDate(Number(m[4]), Number(m[3]), Number(m[1])), m);
  for (const m of text.matchAll(ISO)) push(toIsoDate(Number(m[1]), Number(m[2]), Number(m[3])), m);
  return out.sort((a, b) => a.start - b.start);
}

/** The first full date in the text as ISO, or null. */
export function parseDutchDate(text: string): string | null {
  return findDutchDates(text)[0]?.iso ?? null;
}
