/**
 * The knowledge-base person a header or signature names, by role, ministry
 * and date: "Antwoord van minister Van Weel (Justitie en Veiligheid)
 * (ontvangen 20 november 2024)" is the minister of JenV on that date whose
 * name fits; "Vragen van het lid Sneller (D66)" is the Kamerlid Sneller of
 * D66 on the day the questions were sent. A surname alone never decides: no
 * office and no Kamer seat on the date, or two that fit, resolve nothing.
 */
import type { HeaderPerson } from "../structure/structure-schema.ts";
import type { Knowledge } from "./knowledge.ts";
import { isIsoDate } from "../knowledge/kb-keys.ts";

export interface KbPersonMatch {
  entryId: string;
  resolution: { rule: string; reason: string };
}

const KAMER_ROLES = new Set(["asker", "chair", "addressee"]);
const GOVERNMENT_OFFICE = /\b(minister|staatssecretaris|staatsecretaris|minister-president|premier)\b/i;

export function kbPersonOf(p: HeaderPerson, role: string, dates: { date: string | null; submitted: string | null }, k: Knowledge): KbPersonMatch | null {
  if (!k.kb) return null;
  // questions are asked on the day they are sent; answers and letters are dated when signed
  const date = role === "asker" ? dates.submitted ?? dates.date : dates.date ?? dates.submitted;
  if (!isIsoDate(date)) return null;
  const name = p.parts ? [p.parts.given ?? p.parts.initials, p.parts.surname].filter(Boolean).join(" ") : p.name;
  if (p.office && GOVERNMENT_OFFICE.test(p.office)) {
    for (const phrase of rolePhrases(p.office, p.ministry)) {
      const r = k.kb.officeHolder(phrase, date, name);
      if (r?.holder) return { entryId: k.entityIdOfKbPerson(r.holder.personId), resolution: { rule: `kb.office-holder:${r.rule}`, reason: r.reason } };
    }
    return null;
  }
  // askers, committee chairs and the Speaker a letter is addressed to sit in the Tweede Kamer
  if (!KAMER_ROLES.has(role)) return null;
  const party = p.party ? k.partyByText(p.party) : null;
  const forms = p.party ? [p.party, ...(party ? [party.name, ...(party.aliases ?? []), ...(party.acronyms ?? [])] : [])] : [];
  const r = k.kb.member(name, date, forms);
  if (!r.seat) return null;
  return { entryId: k.entityIdOfKbPerson(r.seat.personId), resolution: { rule: r.rule, reason: r.reason } };
}

/**
 * The role phrases a header office can stand for. "minister Klever (Buitenlandse
 * Handel en Ontwikkelingshulp)" names a portfolio, not a ministry, so "minister
 * van X" is followed by "minister voor X"; "(Volksgezondheid, Welzijn en Sport –
 * Jeugd, Preventie en Sport)" is the ministry and, after the dash, the portfolio.
 */
export function rolePhrases(office: string, ministry: string | null): string[] {
  if (/\s(?:van|voor)\s/i.test(office) || !ministry) return [office];
  const head = office.trim();
  const [whole, beforeDash] = [ministry.trim(), ministry.split(/\s+[–-]\s+/)[0]!.trim()];
  const out = [`${head} van ${whole}`, `${head} van ${beforeDash}`];
  if (/^minister$/i.test(head)) out.push(`${head} voor ${whole}`);
  return [...new Set(out)];
}
