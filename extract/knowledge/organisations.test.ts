import { describe, expect, it } from "vitest";
import {
  abbreviationStop, kbOrganisations, modelKind, nameStop, organisationFromRow, organisationLexiconEntries,
  organisationsByAbbreviation, organisationsByFormerName, organisationsByName, ORGANISATION_FILTERS, parseFormerNames, splitNameAbbreviation,
} from "./organisations.ts";
import { buildLexiconIndex, matchAt } from "../mentions/lexicon-index.ts";
import { tokenize } from "../text/tokens.ts";

const org = (fields: Record<string, string>) => organisationFromRow({ rowId: "organisations.csv:9", fields: { id: "org:x", name: "X", abbreviations: "", kind: "zbo", ...fields }, corrections: [] });

describe("knowledge-base organisations", () => {
  it("splits an abbreviation written into the name and keeps the abbreviation field", () => {
    expect(splitNameAbbreviation("Planbureau voor de Leefomgeving (PBL)")).toEqual({ name: "Planbureau voor de Leefomgeving", abbreviation: "PBL" });
    expect(splitNameAbbreviation("Plaatsvervangend SG (pSG)")).toEqual({ name: "Plaatsvervangend SG (pSG)", abbreviation: null });
    expect(org({ name: "Directie Rechtsbestel (DRB)", abbreviations: "EZK|EZ" }).abbreviations).toEqual(["EZK", "EZ", "DRB"]);
  });

  it("keeps own former names and drops predecessor records (other organisations)", () => {
    expect(parseFormerNames("Ministerie van Infrastructuur en Milieu [2010-10-14..2017-10-26] | Verkeer en Waterstaat [1900-01-01..2010-10-13] (predecessor record)"))
      .toEqual([{ name: "Ministerie van Infrastructuur en Milieu", from: "2010-10-14", to: "2017-10-26" }]);
  });

  it("maps KB kinds onto the model's organisation kinds", () => {
    expect(modelKind("zbo", "Afzonderlijke zbo", "Centraal Bureau voor de Statistiek")).toBe("agency");
    expect(modelKind("zbo", "", "Autoriteit Persoonsgegevens")).toBe("regulator");
    expect(modelKind("adviescollege")).toBe("advisory body");
    expect(modelKind("organisatieonderdeel")).toBe("directorate");
    expect(modelKind("hoge-college", "Staten-Generaal", "Tweede Kamer der Staten-Generaal")).toBe("parliament");
    expect(modelKind("iets-anders")).toBe("other");
  });

  it("looks organisations up by name, exact abbreviation and former name in the shipped table", () => {
    expect(kbOrganisations().length).toBeGreaterThan(2000);
    expect(organisationsByName("Staatsbosbeheer")[0]).toMatchObject({ kind: "agency", rowId: expect.stringMatching(/^organisations\.csv:\d+$/) });
    expect(organisationsByAbbreviation("NZa")[0]?.name).toBe("Nederlandse Zorgautoriteit");
    expect(organisationsByAbbreviation("NZA")).toEqual([]);
    expect(organisationsByFormerName("Ministerie van Infrastructuur en Milieu")[0]?.id).toBe("org:min-ienw");
  });

  it("stops short, word-like, common-noun and malformed abbreviations from finding mentions", () => {
    const one = [org({ name: "Bureau Architectenregister" })];
    expect(abbreviationStop("BA", one)).toBe("kb-abbr.too-short");
    expect(abbreviationStop("TOP", one)).toBe("kb-abbr.dutch-word");
    expect(abbreviationStop("ICT", one)).toBe("kb-abbr.common-noun");
    expect(abbreviationStop("UITVOERINGSBELEID", one)).toBe("kb-abbr.shape");
    expect(abbreviationStop("DG Douane", one)).toBe("kb-abbr.shape");
    expect(abbreviationStop("NWO", one)).toBeNull();
    expect(abbreviationStop("DFB&C", one)).toBeNull();
    expect(abbreviationStop("XYZQ", [org({ name: "Een" }), org({ name: "Twee", kind: "organisatieonderdeel" })])).toBeNull();
    expect(abbreviationStop("XYZQ", [org({ name: "Een", kind: "organisatieonderdeel" }), org({ name: "Twee", kind: "organisatieonderdeel" })])).toBe("kb-abbr.ambiguous");
  });

  it("stops one-word common nouns, repeated unit names, Kamer groups and instruments as names", () => {
    const none = new Map<string, number>();
    expect(nameStop(org({ name: "Informatie", kind: "organisatieonderdeel" }), none)).toBe("kb-name.dictionary-word");
    expect(nameStop(org({ name: "Afdeling Control", kind: "organisatieonderdeel" }), new Map([["afdeling control", 2]]))).toBe("kb-name.repeated-unit");
    expect(nameStop(org({ name: "50PLUS", kind: "organisatieonderdeel", root_org: "org:tweede-kamer" }), none)).toBe("kb-name.parliament-group");
    expect(nameStop(org({ name: "Keuringsinstanties ex Regeling vervoerbare drukapparatuur 2011" }), none)).toBe("kb-name.no-actor-head");
    expect(nameStop(org({ name: "Staatsbosbeheer" }), none)).toBeNull();
    expect(nameStop(org({ name: "Control", kind: "organisatieonderdeel" }), none)).toBe("kb-name.generic-unit");
    expect(nameStop(org({ name: "Voortgezet Onderwijs", kind: "organisatieonderdeel" }), none)).toBe("kb-name.generic-unit");
    expect(nameStop(org({ name: "Directoraat-generaal Politie en Veiligheidsregio's", kind: "organisatieonderdeel" }), none)).toBeNull();
    expect(nameStop(org({ name: "Programma Thuis in het Verpleeghuis", kind: "zbo" }), none)).toBe("kb-name.no-actor-head");
    // every row the code relies on is present with its reason and examples
    for (const r of [...ORGANISATION_FILTERS.abbreviationRows, ...ORGANISATION_FILTERS.nameRows]) expect(r.reason.length * r.examples.length * r.counterexamples.length).toBeGreaterThan(0);
  });

  it("gives lexicon entries for what the curated layer lacks, found in text with their KB row as rule", () => {
    const curated = [{ id: "sbb", type: "Organisation", kind: "agency", name: "Staatsbosbeheer" }];
    const entries = organisationLexiconEntries(curated);
    expect(entries.some((e) => e.name === "Staatsbosbeheer")).toBe(false);
    const index = buildLexiconIndex(entries);
    const toks = tokenize("Het Bureau Beheer Landbouwgronden en TNO en een top-advies");
    const hit = matchAt(index, toks, 1)!;
    expect(hit.surface.entry).toMatchObject({ name: "Bureau Beheer Landbouwgronden", type: "Organisation", source: expect.stringMatching(/^organisations\.csv:/) });
    expect(hit.surface.rule).toMatch(/^lexicon\.name:org:/);
    expect(matchAt(index, toks, 5)?.surface.entry.name).toMatch(/toegepast-natuurwetenschappelijk onderzoek/);
    expect(matchAt(index, toks, 8)).toBeNull();
  });
});
