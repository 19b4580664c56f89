import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens.ts";
import { findHeadNames, HEAD_NAME_ROWS } from "./head-names.ts";

const names = (text: string, takenWords: string[] = []) => {
  const toks = tokenize(text);
  const taken = toks.map((t) => takenWords.includes(t.text));
  return findHeadNames(text, 0, toks, taken).map((h) => [text.slice(toks[h.from]!.start, toks[h.to - 1]!.end), h.type, h.rule]);
};

describe("head-noun names", () => {
  it("reads a capitalised head with its capitalised complement, connectors inside, adjectives before", () => {
    expect(names("Dat meldt de Vereniging Sociale Advocatuur Nederland aan het Centrum voor Criminaliteitspreventie en Veiligheid.")).toEqual([
      ["Vereniging Sociale Advocatuur Nederland", "Organisation", "head-name.organisation-initial"],
      ["Centrum voor Criminaliteitspreventie en Veiligheid", "Organisation", "head-name.organisation-initial"],
    ]);
    expect(names("Twee chirurgen van de Nederlandse Vereniging voor Plastische Chirurgie spraken.")[0]![0]).toBe("Nederlandse Vereniging voor Plastische Chirurgie");
    expect(names("De Stichting Lezen & Schrijven en het Meldpunt Zorgwekkend Gedrag.")).toEqual([
      ["Stichting Lezen & Schrijven", "Organisation", "head-name.organisation-initial"],
      ["Meldpunt Zorgwekkend Gedrag", "Programme", "head-name.programme-initial"],
    ]);
  });

  it("reads capitalised words ending in a programme head, and compounds ending in an organisation head", () => {
    expect(names("Vanuit het Landelijk Honden Dossier en het Early Warning Systeem.").map((n) => n[0])).toEqual(["Landelijk Honden Dossier", "Early Warning Systeem"]);
    expect(names("Het onderzoek in opdracht van de Mobiliteitsalliantie en het Kinderrechtencollectief.").map((n) => [n[0], n[2]])).toEqual([
      ["Mobiliteitsalliantie", "head-name.organisation-compound"], ["Kinderrechtencollectief", "head-name.organisation-compound"],
    ]);
  });

  it("leaves lower-case heads, lone heads, dictionary compounds, sentence starts and generic boards alone", () => {
    expect(names("Een vereniging van advocaten en het systeem werken samen.")).toEqual([]);
    expect(names("Bureau heeft besloten dat Dit Project en het Nederlandse Systeem stoppen.")).toEqual([]);
    expect(names("Ondernemingsraad en de Gemeenteraad spraken met de Raad van Toezicht.")).toEqual([]);
    expect(names("Het College en de Raad besloten.")).toEqual([]);
  });

  it("stops at punctuation, at taken words, before the body a unit belongs to, and before a trailing adjective", () => {
    expect(names("de Commissie Mijnbouwschade, Instituut Groningen")[0]![0]).toBe("Commissie Mijnbouwschade");
    expect(names("het Centrum voor Internationaal Recht van het Ministerie van Buitenlandse Zaken")[0]![0]).toBe("Centrum voor Internationaal Recht");
    expect(names("de Raad voor Rechtsbijstand", ["Rechtsbijstand"])).toEqual([]);
    expect(names("de Organisatie van de Nederlandse")).toEqual([]);
  });

  it("never names a law, fund or agreement", () => {
    expect(names("het Programma Wet Langdurige Zorg")).toEqual([]);
  });

  it("documents every row", () => {
    for (const r of HEAD_NAME_ROWS) expect(r.reason.length > 20 && r.examples.length > 0 && r.counterexamples.length > 0).toBe(true);
  });
});
