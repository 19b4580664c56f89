/**
 * Ministry names, abbreviations and former names → the canonical ministry id
 * the office rows use ("Infrastructuur en Milieu", "IenM", "Ministerie van
 * Verkeer en Waterstaat" → org:min-ienw). Names the office rows themselves
 * use win; organisation rows of ministries not used by any office follow
 * their successor chain to one that is (Veiligheid en Justitie → JenV).
 */
import type { KbRow } from "./kb-tables.ts";
import { textKey } from "./kb-keys.ts";

export interface KbMinistries {
  /** "BZK", "Binnenlandse Zaken en Koninkrijksrelaties", "het Ministerie van Financiën" → "org:min-fin" */
  idOf(text: string): string | null;
  /** organisations.csv row of a ministry id, for its name and source */
  row(id: string): KbRow | undefined;
}

const ARTICLE = /^(?:het |de )?(?:ministerie|minister|staatssecretaris) (?:van|voor) /;

export function buildKbMinistries(officeRows: readonly KbRow[], orgRows: readonly KbRow[]): KbMinistries {
  const used = new Set(officeRows.map((r) => r.fields.ministry_id ?? "").filter(Boolean));
  const byId = new Map(orgRows.filter((r) => r.fields.kind === "ministerie").map((r) => [r.fields.id!, r]));
  const canonical = (id: string): string | null => {
    for (let cur: string | undefined = id, hops = 0; cur && hops < 6; hops++) {
      if (used.has(cur)) return cur;
      cur = byId.get(cur)?.fields.successor?.split("|")[0];
    }
    return null;
  };
  const names = new Map<string, string>();
  const put = (text: string, id: string | null) => {
    const k = textKey(text).replace(ARTICLE, "");
    if (k && id && !names.has(k)) names.set(k, id);
  };
  for (const r of officeRows) put(r.fields.ministry ?? "", r.fields.ministry_id ?? null);
  // current ministries before historic ones, so a shared abbreviation ("EZ") names today's ministry
  const rows = [...byId.values()].sort((a, b) => Number(!!a.fields.valid_until) - Number(!!b.fields.valid_until));
  for (const r of rows) {
    const id = canonical(r.fields.id!);
    put(r.fields.name ?? "", id);
    put(r.fields.name_raw ?? "", id);
  }
  const abbreviations = new Map<string, string>();
  for (const r of rows) {
    const id = canonical(r.fields.id!);
    for (const a of (r.fields.abbreviations ?? "").split("|").filter(Boolean)) if (id && !abbreviations.has(a)) abbreviations.set(a, id);
  }
  return {
    idOf(text) {
      const t = text.trim();
      // abbreviations are matched case-exactly: "BZ" is Buitenlandse Zaken, "bz" is nothing
      const abbr = abbreviations.get(t.replace(/^(?:het |de )?(?:[Mm]inisterie|[Mm]inister|[Ss]taatssecretaris) (?:van|voor) /, ""));
      return abbr ?? names.get(textKey(t).replace(ARTICLE, "")) ?? null;
    },
    row: (id) => byId.get(id),
  };
}
