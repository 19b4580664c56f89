import { describe, expect, it } from "vitest";
import { defaultKbLookups } from "./kb-lookups.ts";
import { nameFitsHolder, parseRolePhrase, roleRows } from "./resolve-office-holder.ts";

const kb = defaultKbLookups();
const holder = (phrase: string, date: string, name?: string) => kb.officeHolder(phrase, date, name)?.holder?.fullName ?? null;

describe("office holders on a date (terms start-inclusive, end-exclusive)", () => {
  it("De Jonge is minister of BZK until 2024-07-02, then Uitermark", () => {
    expect(holder("de minister van BZK", "2024-06-28")).toBe("Hugo de Jonge");
    expect(holder("de minister van BZK", "2024-07-01")).toBe("Hugo de Jonge");
    expect(holder("de minister van BZK", "2024-07-02")).toBe("Judith Uitermark");
    expect(holder("De Minister van Binnenlandse Zaken en Koninkrijksrelaties, H.M. de Jonge", "2024-03-21")).toBe("Hugo de Jonge");
  });
  it("a signer's name must fit the holder on the date: Uitermark did not sign for BZK in March 2024", () => {
    const r = kb.officeHolder("De Minister van Binnenlandse Zaken en Koninkrijksrelaties, J.J.M. Uitermark", "2024-03-21");
    expect(r?.holder).toBeNull();
    expect(r?.candidates.map((c) => c.fullName)).toEqual(["Hugo de Jonge"]);
  });
  it("Szabó's corrected end date (2025-06-03) holds", () => {
    expect(holder("de staatssecretaris van BZK", "2025-06-02", "Szabó")).toBe("Zsolt Szabó");
    expect(holder("de staatssecretaris van BZK", "2025-06-03", "Szabó")).toBeNull();
    expect(kb.offices.officesOf("person:szabo-fz-1961").map((t) => [t.start, t.end, t.rowId])).toEqual([["2024-07-02", "2025-06-03", "people_offices.csv:626"]]);
  });
  it("two staatssecretarissen at one ministry: the phrase alone resolves to nobody, the name decides", () => {
    const r = kb.officeHolder("de staatssecretaris van BZK", "2024-10-01");
    expect(r?.holder).toBeNull();
    expect(r?.candidates.map((c) => c.fullName).sort()).toEqual(["Eddie van Marum", "Zsolt Szabó"]);
    expect(holder("de staatssecretaris van BZK", "2024-10-01", "Van Marum")).toBe("Eddie van Marum");
  });
  it("Schultz van Haegen under her own name, at the ministry of the period (Infrastructuur en Milieu, V&W)", () => {
    expect(holder("minister van Infrastructuur en Milieu", "2015-01-01")).toBe("Melanie Schultz van Haegen");
    expect(holder("de staatssecretaris van Verkeer en Waterstaat", "2005-01-01", "M.H. Schultz van Haegen")).toBe("Melanie Schultz van Haegen");
    expect(kb.offices.officesOf("person:schultz-haegen-mh-1970").map((t) => [t.function, t.ministry])).toEqual([
      ["staatssecretaris", "Verkeer en Waterstaat"], ["minister", "Infrastructuur en Milieu"]]);
  });
  it("two people with one surname are told apart by office and date, never by the surname", () => {
    expect(holder("minister voor Primair en Voortgezet Onderwijs", "2023-01-01", "Wiersma")).toBe("Dennis Wiersma");
    expect(holder("minister van Landbouw, Visserij, Voedselzekerheid en Natuur", "2024-11-19", "Wiersma")).toBe("Femke Wiersma");
    expect(holder("minister van Landbouw, Visserij, Voedselzekerheid en Natuur", "2023-01-01", "Wiersma")).toBeNull();
  });
  it("'minister voor VRO' is De Jonge without portfolio in 2023, Keijzer as minister of VRO in 2024", () => {
    expect(holder("de Minister voor Volkshuisvesting en Ruimtelijke Ordening", "2023-03-01")).toBe("Hugo de Jonge");
    expect(holder("de Minister voor Volkshuisvesting en Ruimtelijke Ordening", "2024-11-19")).toBe("Mona Keijzer");
  });
  it("a person's offices, oldest first", () => {
    expect(kb.offices.officesOf("person:jonge-1977").map((t) => `${t.function}@${t.ministryId} ${t.start}`)).toEqual([
      "minister@org:min-vws 2017-10-26", "minister zonder portefeuille@org:min-bzk 2022-01-10", "minister@org:min-bzk 2023-09-05"]);
  });
});

describe("role phrase rows", () => {
  it("every example of a row parses with that row", () => {
    for (const row of roleRows()) for (const ex of row.examples) expect(parseRolePhrase(ex)?.row.id, ex).toBe(row.id);
  });
  it("counterexamples do not parse with the row that lists them", () => {
    for (const row of roleRows()) for (const ex of row.counterexamples) expect(parseRolePhrase(ex.replace(/\s*\(.*$/, ""))?.row.id, ex).not.toBe(row.id);
  });
  it("a comma inside a ministry name is not a signer", () => {
    expect(parseRolePhrase("de minister van Volksgezondheid, Welzijn en Sport")).toMatchObject({ object: "Volksgezondheid, Welzijn en Sport", name: null });
    expect(parseRolePhrase("De Minister van Financiën, E. Heinen")).toMatchObject({ object: "Financiën", name: "E. Heinen" });
  });
  it("names fit by surname with tussenvoegsel, and initials or given name must agree", () => {
    const t = { surname: "de Jonge", initials: "H.M.", fullName: "Hugo de Jonge" };
    expect(["De Jonge", "H.M. de Jonge", "Hugo de Jonge", "drs. H. de Jonge"].map((n) => nameFitsHolder(n, t))).toEqual([true, true, true, true]);
    expect(["C. de Jonge", "Jonge Jansen", "Jansen"].map((n) => nameFitsHolder(n, t))).toEqual([false, false, false]);
    const faber = { surname: "Faber", initials: "M.H.M.", fullName: "Marjolein Faber" };
    expect(["Faber-Van de Klashorst", "Faber – Van de Klashorst", "M. Faber"].map((n) => nameFitsHolder(n, faber))).toEqual([true, true, true]);
    expect(nameFitsHolder("Dik-Faber", faber)).toBe(false);
  });
});

describe("Kamerleden on a date", () => {
  it("an MP's party is the fractie of the seat held on the date", () => {
    expect(kb.member("Sneller", "2024-03-07", ["D66"]).seat?.personId).toBe("person:sneller-jc-1982");
    expect(kb.kamerleden.seatOn("person:omtzigt-ph-1974", "2022-01-01")?.party).toBe("Lid-Omtzigt");
    expect(kb.kamerleden.seatOn("person:omtzigt-ph-1974", "2024-01-01")?.party).toBe("Nieuw Sociaal Contract");
  });
  it("several MPs with one surname: the written party or given name decides, the surname alone does not", () => {
    const bare = kb.member("Van Dijk", "2024-01-26");
    expect(bare.seat).toBeNull();
    expect(new Set(bare.candidates.map((s) => s.personId)).size).toBeGreaterThan(1);
    expect(kb.member("Inge van Dijk", "2024-01-26").seat?.fullName).toBe("Inge van Dijk");
    expect(kb.member("Van Dijk", "2024-01-26", ["CDA"]).seat?.fullName).toBe("Inge van Dijk");
  });
});

describe("ministries and committees by name", () => {
  it("abbreviations, names and former names give the ministry id the office rows use", () => {
    expect(["BZK", "Binnenlandse Zaken en Koninkrijksrelaties", "het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"].map(kb.ministries.idOf)).toEqual(["org:min-bzk", "org:min-bzk", "org:min-bzk"]);
    expect(["IenM", "Verkeer en Waterstaat", "Veiligheid en Justitie", "Defensie"].map(kb.ministries.idOf)).toEqual(["org:min-ienw", "org:min-ienw", "org:min-jenv", "org:min-def"]);
    expect(kb.ministries.idOf("bz")).toBeNull();
  });
  it("committees by full name or by another head over the same subject", () => {
    expect(kb.committees.byName("Vaste commissie voor Binnenlandse Zaken")?.rowId).toBe("commissies.csv:4");
    expect(kb.committees.byName("de vaste Kamercommissie voor Binnenlandse Zaken")?.name).toBe("Vaste commissie voor Binnenlandse Zaken");
    expect(kb.committees.byName("Commissie voor de Rijksuitgaven")?.kind).toBe("overig");
  });
});
