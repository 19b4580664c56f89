/**
 * Due dates of commitments: find the time expression in a sentence and
 * normalise it to the LAST day of the period it names (gold README rule).
 *
 * The patterns are data rows, compiled once. Each row's `emits` turns the
 * regex groups into an ISO date, `null` (a vague period: the text is kept,
 * no date is invented) or `undefined` (the match is not a usable deadline).
 *
 * Decisions where Dutch leaves room (documented here, tested in due-date.test.ts):
 * - "begin 2025" → 2025-03-31 (first quarter), "medio/half/midden 2025" → 06-30,
 *   "eind 2025" → 12-31; "begin maart" → 10 maart, "medio maart" → 15 maart.
 * - "voor 1 juli 2025" / "per 1 juli" → that very date; "voor september 2026"
 *   → 2026-08-31 (before the month starts); "voor 2026" → 2025-12-31;
 *   "per 2026" / "met ingang van 2026" → 2026-01-01.
 * - Seasons: voorjaar/lente → 05-31, zomer → 08-31, najaar/herfst → 11-30,
 *   winter → last day of February of the next year. "dit/komend najaar" → this
 *   document year (next year when the document is dated after it).
 * - "voor de zomer", "voor het zomerreces", "zo spoedig mogelijk", "over enige
 *   maanden", "(de) komende tijd/jaren", "in de volgende fase (…)" → due null,
 *   text kept: they name no calendar period.
 * - A day and month without a year take the document's year; a deadline
 *   ("voor/per/uiterlijk 1 juli") that would then lie before the document rolls
 *   to the next year; a bare "op 7 mei" before the document is a past event.
 * - Expressions that end before the document date are past, not deadlines, and
 *   are dropped ("per 1 januari 2020 is … toegetreden" in a 2022 answer), as is
 *   anything marked "jl." (jongstleden).
 * - Several expressions: the latest date wins; coordinated expressions ("eind
 *   2024 en medio 2025") are reported as one due_text.
 */

import { scanLiterals, prefilterFor, type Prefilter } from "../pipeline/literal-prefilter.ts";

export interface DueRef {
  /** ISO date of the document (answer date, letter date); null when unknown */
  documentDate: string | null;
}

export interface DueResult {
  due: string | null;
  due_text: string | null;
  /** id of the row that produced the date */
  rule: string;
}

interface Groups {
  [name: string]: string | undefined;
}

/** The resolved value: ISO date, null (vague, text kept) or undefined (not a deadline). */
type Emitted = string | null | undefined;

interface DueRow {
  id: string;
  /** regex source; named groups feed `emits` */
  match: string;
  emits: (g: Groups, ctx: Ctx) => Emitted;
  reason: string;
}

interface Ctx {
  docYear: number | null;
  docDate: string | null;
}

// ── calendar helpers ──────────────────────────────────────────────────────

const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6,
  juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12,
};
const MONTH = `(?:${Object.keys(MONTHS).join("|")})`;
const ORDINALS: Record<string, number> = { eerste: 1, "1e": 1, tweede: 2, "2e": 2, derde: 3, "3e": 3, vierde: 4, "4e": 4 };
/** A year as written: digits or a phrase relative to the document. */
const YEAR = "(?:\\d{4}|dit jaar|volgend jaar|komend jaar|aankomend jaar|het volgende jaar|het komende jaar)";
const NUMBER_WORD = "(?:\\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|enige|enkele|een aantal|een paar|paar)";

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1800 || year > 2200 || month < 1 || month > 12) return undefined;
  if (day < 1 || day > lastDay(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const endOfMonth = (year: number, month: number): string | undefined => iso(year, month, lastDay(year, month));

/** "2026" → 2026, "volgend jaar" → document year + 1; undefined when not resolvable. */
function resolveYear(token: string | undefined, ctx: Ctx): number | undefined {
  if (!token) return ctx.docYear ?? undefined;
  const t = token.toLowerCase();
  if (/^\d{4}$/.test(t)) return Number(t);
  if (ctx.docYear === null) return undefined;
  if (t === "dit jaar") return ctx.docYear;
  return ctx.docYear + 1; // volgend / komend / aankomend / het volgende / het komende jaar
}

/** A date named without a year: the document's year, rolled forward when `roll` and it would be past. */
function withDocYear(month: number, day: number | "last", ctx: Ctx, roll: boolean): Emitted {
  if (ctx.docYear === null) return null;
  const make = (y: number) => (day === "last" ? endOfMonth(y, month) : iso(y, month, day));
  const d = make(ctx.docYear);
  if (d && ctx.docDate && d < ctx.docDate) return roll ? make(ctx.docYear + 1) : undefined;
  return d;
}

const monthOf = (s: string | undefined): number => MONTHS[(s ?? "").toLowerCase()] ?? 0;

// ── the rows ──────────────────────────────────────────────────────────────

export const DUE_ROWS: readonly DueRow[] = [
  {
    id: "due.vague.asap",
    match: "zo (?:spoedig|snel) mogelijk|op (?:zo )?kort(?:e)? termijn|binnenkort|op termijn",
    emits: () => null,
    reason: "an urgency, not a calendar period",
  },
  {
    id: "due.vague.coming",
    match: "(?:in |gedurende )?(?:de )?(?:komende|aankomende|eerstkomende) (?:tijd|periode|jaren|maanden|weken)",
    emits: () => null,
    reason: "an open stretch of future time",
  },
  {
    id: "due.vague.within",
    match: `(?:over|binnen) ${NUMBER_WORD} (?:dagen|weken|maanden|jaar|jaren|week|maand)`,
    emits: () => null,
    reason: "a duration from an unstated start; no calendar period is named",
  },
  {
    id: "due.vague.recess",
    match: "(?:voor|vóór|na) (?:de zomer|het (?:zomer|kerst|herfst|voorjaars|krokus)?reces|de kerst|de jaarwisseling|de begrotingsbehandeling|het commissiedebat|het debat)(?: van (?<year>\\d{4}))?",
    emits: () => null,
    reason: "tied to a parliamentary calendar moment, not a named period (gold: 'voor het zomerreces' → null)",
  },
  {
    id: "due.vague.next-step",
    match: "(?:in|bij|met) (?:de|het) (?:eerst)?(?:volgende|komende|nieuwe) (?:fase|stap|voortgangsbrief|voortgangsrapportage|rapportage|brief|kamerbrief|jaarrapportage|begroting|verzamelbrief|update)(?: \\([^)]{1,40}\\))?",
    emits: () => null,
    reason: "a next phase or next report: a moment, not a date",
  },
  {
    id: "due.half-year",
    match: `(?:in )?(?:de )?(?<half>eerste|tweede) helft (?:van )?(?<year>${YEAR})`,
    emits: (g, ctx) => {
      const y = resolveYear(g.year, ctx);
      return y === undefined ? null : g.half!.toLowerCase() === "eerste" ? iso(y, 6, 30) : iso(y, 12, 31);
    },
    reason: "half year → June 30 or December 31",
  },
  {
    id: "due.quarter",
    match: `(?:in |voor |vóór |uiterlijk )?(?:het )?(?<ord>eerste|tweede|derde|vierde|1e|2e|3e|4e) kwartaal(?: van)?(?: (?<year>${YEAR}))?|(?:in |voor |uiterlijk )?Q(?<q>[1-4]) (?:van )?(?<qyear>${YEAR})`,
    emits: (g, ctx) => {
      const q = g.q ? Number(g.q) : ORDINALS[(g.ord ?? "").toLowerCase()];
      const y = resolveYear(g.year ?? g.qyear, ctx);
      return q === undefined || y === undefined ? null : endOfMonth(y, q * 3);
    },
    reason: "quarter → its last day",
  },
  {
    id: "due.day-month-year",
    match: `(?:(?<prep>voor|vóór|per|uiterlijk|op|met ingang van|tot en met|tot|tegen|na) )?(?<day>\\d{1,2}) (?<month>${MONTH}) (?<year>\\d{4})`,
    emits: (g) => (g.prep?.toLowerCase() === "na" ? undefined : iso(Number(g.year), monthOf(g.month), Number(g.day))),
    reason: "a full date is its own deadline",
  },
  {
    id: "due.day-month",
    match: `(?:(?<prep>voor|vóór|per|uiterlijk|op|met ingang van|tot en met|tot|tegen|na) )?(?<day>\\d{1,2}) (?<month>${MONTH})(?! \\d)(?! jl)`,
    emits: (g, ctx) => {
      if (g.prep?.toLowerCase() === "na") return undefined;
      const roll = !!g.prep && g.prep.toLowerCase() !== "op";
      return withDocYear(monthOf(g.month), Number(g.day), ctx, roll);
    },
    reason: "day and month: the document's year (a deadline rolls to the next year when it would be past)",
  },
  {
    id: "due.part-month",
    match: `(?<part>begin|half|medio|midden|eind|einde|eind van|uiterlijk eind) (?<month>${MONTH})(?: (?<year>${YEAR}))?`,
    emits: (g, ctx) => {
      const m = monthOf(g.month);
      const part = g.part!.toLowerCase();
      const day: number | "last" = part === "begin" ? 10 : /half|medio|midden/.test(part) ? 15 : "last";
      if (!g.year) return withDocYear(m, day, ctx, true);
      const y = resolveYear(g.year, ctx);
      if (y === undefined) return null;
      return day === "last" ? endOfMonth(y, m) : iso(y, m, day);
    },
    reason: "begin/medio/eind of a month → the 10th, the 15th, the last day",
  },
  {
    id: "due.month-year",
    match: `(?:(?<prep>in|voor|vóór|uiterlijk|per|tot en met|tot|vanaf|met ingang van) )?(?<month>${MONTH}) (?:van )?(?<year>${YEAR})`,
    emits: (g, ctx) => {
      const y = resolveYear(g.year, ctx);
      if (y === undefined) return null;
      const m = monthOf(g.month);
      const prep = g.prep?.toLowerCase();
      if (prep === "voor" || prep === "vóór") return m === 1 ? iso(y - 1, 12, 31) : endOfMonth(y, m - 1);
      if (prep === "per" || prep === "vanaf" || prep === "met ingang van") return iso(y, m, 1);
      return endOfMonth(y, m);
    },
    reason: "a month → its last day ('voor september' → the day before it starts)",
  },
  {
    id: "due.month",
    match: `(?<prep>in|voor|vóór|uiterlijk|per|tot en met|tot|vanaf|met ingang van|eind|einde|begin|medio) (?<month>${MONTH})(?! \\d)`,
    emits: (g, ctx) => {
      const m = monthOf(g.month);
      const prep = g.prep!.toLowerCase();
      if (prep === "voor" || prep === "vóór") return m === 1 ? withDocYear(12, 31, { ...ctx, docYear: ctx.docYear === null ? null : ctx.docYear + 1 }, true) : withDocYear(m - 1, "last", ctx, true);
      if (prep === "per" || prep === "vanaf" || prep === "met ingang van") return withDocYear(m, 1, ctx, true);
      if (prep === "begin") return withDocYear(m, 10, ctx, true);
      if (prep === "medio") return withDocYear(m, 15, ctx, true);
      return withDocYear(m, "last", ctx, true);
    },
    reason: "a month without a year: the document's year, or the next when already past",
  },
  {
    id: "due.part-year",
    match: `(?:(?:voor|vóór|uiterlijk|tot|rond) )?(?<part>begin|medio|midden|half|eind|einde|eind van|in de loop van|gedurende) (?:het jaar )?(?<year>${YEAR})`,
    emits: (g, ctx) => {
      const y = resolveYear(g.year, ctx);
      if (y === undefined) return null;
      const part = g.part!.toLowerCase();
      if (part === "begin") return iso(y, 3, 31);
      if (/medio|midden|half/.test(part)) return iso(y, 6, 30);
      return iso(y, 12, 31);
    },
    reason: "begin → end of Q1, medio → June 30, eind / in de loop van → December 31",
  },
  {
    id: "due.season",
    match: `(?:(?:in|voor|vóór|uiterlijk|tijdens) )?(?:het |de |dit |deze |komend |komende |aankomend |aankomende |eerstvolgende )?(?<season>voorjaar|lente|zomer|najaar|herfst|winter)(?: (?:van )?(?<year>${YEAR}))?`,
    emits: (g, ctx) => {
      const end: Record<string, [number, number]> = { voorjaar: [5, 31], lente: [5, 31], zomer: [8, 31], najaar: [11, 30], herfst: [11, 30], winter: [2, 0] };
      const [m, d] = end[g.season!.toLowerCase()]!;
      const winter = d === 0;
      if (g.year) {
        const y = resolveYear(g.year, ctx);
        if (y === undefined) return null;
        return winter ? endOfMonth(y + 1, 2) : iso(y, m, d);
      }
      if (ctx.docYear === null) return null;
      if (winter) return endOfMonth(ctx.docYear + 1, 2);
      return withDocYear(m, d, ctx, true);
    },
    reason: "a season → its last day (this year, or next year when already past)",
  },
  {
    id: "due.year-relative",
    match: "(?<when>volgend jaar|komend jaar|aankomend jaar|het volgende jaar|het komende jaar|later dit jaar|nog dit jaar|dit jaar|eind dit jaar|einde van dit jaar|(?:voor )?het einde van (?:het|dit) jaar|(?:voor )?eind van (?:het|dit) jaar|(?:voor |vóór )?(?:de )?jaarwisseling)",
    emits: (g, ctx) => {
      if (ctx.docYear === null) return null;
      const next = /volgend|komend/.test(g.when!.toLowerCase());
      return iso(next ? ctx.docYear + 1 : ctx.docYear, 12, 31);
    },
    reason: "relative years from the document date",
  },
  {
    id: "due.month-relative",
    match: "(?<when>volgende maand|komende maand|deze maand|eind deze maand)",
    emits: (g, ctx) => {
      if (!ctx.docDate) return null;
      const y = Number(ctx.docDate.slice(0, 4)), m = Number(ctx.docDate.slice(5, 7));
      if (/deze/.test(g.when!.toLowerCase())) return endOfMonth(y, m);
      return m === 12 ? endOfMonth(y + 1, 1) : endOfMonth(y, m + 1);
    },
    reason: "relative months from the document date",
  },
  {
    id: "due.year",
    match: "(?<prep>in|voor|vóór|uiterlijk|tot en met|t/m|tot|gedurende|per|met ingang van|vanaf|eind|einde) (?:het jaar )?(?<year>\\d{4})(?![\\d\\-–/])",
    emits: (g) => {
      const y = Number(g.year);
      const prep = g.prep!.toLowerCase();
      if (prep === "voor" || prep === "vóór") return iso(y - 1, 12, 31);
      if (prep === "per" || prep === "vanaf" || prep === "met ingang van") return iso(y, 1, 1);
      return iso(y, 12, 31);
    },
    reason: "a year → December 31 ('voor 2026' → end of 2025, 'per 2026' → January 1)",
  },
];

interface CompiledRow extends DueRow {
  re: RegExp;
  /** literal text any match contains: rows whose cue words are absent never run */
  pass: Prefilter;
}

// Compiled once. Letter-boundaries instead of \b so "vóór" and digits behave.
const COMPILED: readonly CompiledRow[] = DUE_ROWS.map((r) => {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${r.match.replace(/ /g, "\\s+")})(?![\\p{L}\\p{N}])`, "giu");
  return { ...r, re, pass: prefilterFor(re.source) };
});

interface Hit {
  start: number;
  end: number;
  text: string;
  due: string | null;
  rule: string;
}

/** Only connectives between two expressions: "eind 2024 en medio 2025", "2025 of 2026". */
const CONNECTIVE = /^\s*(?:,|en|of|dan wel|tot en met|tot|-|–|\/)\s*$/i;

/**
 * The due date of a sentence: the latest deadline it names, or a vague
 * period (due null, text kept), or null when it names no future time.
 */
export function parseDue(text: string, ref: DueRef): DueResult | null {
  const flat = text.replace(/\s+/g, " ");
  const ctx: Ctx = { docDate: ref.documentDate, docYear: ref.documentDate ? Number(ref.documentDate.slice(0, 4)) : null };
  const hits: Hit[] = [];
  const lower = scanLiterals(flat);
  for (const row of COMPILED) {
    if (!row.pass(lower)) continue;
    row.re.lastIndex = 0;
    for (const m of flat.matchAll(row.re)) {
      const start = m.index!;
      const end = start + m[0].length;
      // earlier (more specific) rows win overlapping spans
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      if (/^\s*jl\.?(?![\p{L}])/u.test(flat.slice(end, end + 4))) continue;
      const due = row.emits(m.groups ?? {}, ctx);
      if (due === undefined) continue;
      if (due !== null && ctx.docDate && due < ctx.docDate) continue; // past, not a deadline
      hits.push({ start, end, text: m[0], due, rule: row.id });
    }
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => a.start - b.start);

  // group coordinated expressions, then take the group with the latest date
  const groups: Hit[][] = [];
  for (const h of hits) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && CONNECTIVE.test(flat.slice(prev.end, h.start))) last.push(h);
    else groups.push([h]);
  }
  const latest = (g: Hit[]): string | null => g.reduce<string | null>((acc, h) => (h.due !== null && (acc === null || h.due > acc) ? h.due : acc), null);
  let best = groups[0]!;
  for (const g of groups.slice(1)) {
    const a = latest(best), b = latest(g);
    if (b !== null && (a === null || b > a)) best = g;
  }
  const due = latest(best);
  const pick = due === null ? best[0]! : best.find((h) => h.due === due)!;
  return {
    due,
    due_text: flat.slice(best[0]!.start, best[best.length - 1]!.end),
    rule: pick.rule,
  };
}
