import { describe, expect, it } from "vitest";
import { buildKnowledge } from "../pipeline/knowledge.ts";
import { findMentions } from "./find-mentions.ts";
import { buildLexiconIndex } from "./lexicon-index.ts";

const k = buildKnowledge([
  { id: "bzk", type: "Organisation", kind: "ministry", name: "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", acronyms: ["BZK"], aliases: ["Binnenlandse Zaken en Koninkrijksrelaties", "Binnenlandse Zaken"] },
  { id: "fin", type: "Organisation", kind: "ministry", name: "Ministerie van Financiën", aliases: ["Financiën"] },
  { id: "ocw", type: "Organisation", kind: "ministry", name: "Ministerie van Onderwijs, Cultuur en Wetenschap", acronyms: ["OCW"], aliases: ["Onderwijs, Cultuur en Wetenschap"] },
  { id: "sp", type: "Party", kind: "party", name: "SP", caseSensitive: true },
  { id: "person:knops", type: "Person", name: "Raymond Knops", aliases: ["R.W. Knops", "Knops"] },
]);
const find = (text: string) => findMentions({ text, start: 100, section: "a1" }, k.index).map((m) => ({ text: m.text, type: m.type, id: m.entryId ?? m.name, rule: m.rule, start: m.start }));

describe("findMentions", () => {
  it("finds ministries in their spellings, longest match first, with offsets", () => {
    const ms = find("Het Ministerie van BZK en het ministerie van Binnenlandse Zaken en Koninkrijksrelaties overleggen met Financiën.");
    expect(ms.map((m) => [m.text, m.id])).toEqual([
      ["Ministerie van BZK", "bzk"],
      ["ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "bzk"],
      ["Financiën", "fin"],
    ]);
    expect(ms[0]!.start).toBe(104);
  });

  it("does not take the common noun for the ministry, nor 'sp' for the party", () => {
    expect(find("De financiën van de gemeente zijn op orde; de sp is een afkorting.")).toEqual([]);
  });

  it("handles '&' in ministry names", () => {
    expect(find("Het ministerie van Onderwijs, Cultuur & Wetenschap")[0]).toMatchObject({ id: "ocw" });
  });

  it("reads 'Lange Naam (AFK)' definitions for names no lexicon has", () => {
    const ms = find("De Haagse Inkoop Samenwerking (HIS) adviseert departementen.");
    expect(ms.slice(0, 2)).toEqual([
      expect.objectContaining({ text: "Haagse Inkoop Samenwerking", type: "Organisation", id: "Haagse Inkoop Samenwerking", rule: "definition.acronym" }),
      expect.objectContaining({ text: "HIS", rule: "definition.acronym-self" }),
    ]);
    expect(find("Vragen van het lid Rajkowski (VVD) over DigiD.").some((m) => m.rule.startsWith("definition"))).toBe(false);
    expect(find("ingevolge de wet bescherming persoonsgegevens (Wbp)").some((m) => m.rule.startsWith("definition"))).toBe(false);
  });

  it("finds Dutch person names after titles and with initials, tussenvoegsels included", () => {
    const ms = find("Het lid Van Raak (SP) vroeg staatssecretaris Van Huffelen en mr. A.C. van der Berg naar de motie-Kathmann.");
    const people = ms.filter((m) => m.type === "Person").map((m) => m.text);
    expect(people).toEqual(["Van Raak", "Van Huffelen", "A.C. van der Berg", "Kathmann"]);
    expect(ms.find((m) => m.text === "SP")).toMatchObject({ type: "Party", id: "sp" });
  });

  it("reads every name of a list that a plural title governs, and a party glued to the title", () => {
    const ms = find("De vragen van de SP-leden Bisschop en Van der Staaij, en de motie Hagen/Sneller over de leden Dijk, Kops en Leijten.");
    expect(ms.filter((m) => m.type === "Person").map((m) => [m.text, m.rule])).toEqual([
      ["Bisschop", "person.after-title"], ["Van der Staaij", "person.coordinated"],
      ["Hagen", "person.slash-pair"], ["Sneller", "person.slash-pair"],
      ["Dijk", "person.after-title"], ["Kops", "person.coordinated"], ["Leijten", "person.coordinated"],
    ]);
    expect(ms.find((m) => m.text === "SP-leden")).toMatchObject({ type: "Party", id: "sp" });
  });

  it("does not extend a singular title or a citation to the words after 'en'", () => {
    const people = (t: string) => find(t).filter((m) => m.type === "Person").map((m) => m.text);
    expect(people("Het lid Kops en Kamerstuk 36 095 zijn genoemd.")).toEqual(["Kops"]);
    expect(people("het amendement Beckerman, Kamerstuk 36 095, nr. 5")).toEqual(["Beckerman"]);
    expect(people("De ministers en Staatssecretarissen antwoorden, de Zorg/Welzijn-sector niet.")).toEqual([]);
  });

  it("does not read the office 'minister van Justitie' as a person", () => {
    expect(find("De minister van Justitie en Veiligheid antwoordt.").filter((m) => m.type === "Person")).toEqual([]);
  });

  it("matches a known person's bare surname only after a title", () => {
    expect(find("Knops is een woord.").filter((m) => m.type === "Person")).toEqual([]);
    expect(find("Minister Knops schrijft.").filter((m) => m.type === "Person")).toEqual([expect.objectContaining({ id: "person:knops" })]);
    expect(find("De Minister van BZK, R.W. Knops").filter((m) => m.type === "Person")).toEqual([expect.objectContaining({ text: "R.W. Knops", id: "person:knops" })]);
  });

  it("recognises programme and body name shapes", () => {
    const ms = find("Het programma SAMEN, de app DigiD Check, stichting NTF, gemeente Groningen en het UBR-crisisteam.");
    expect(ms.map((m) => [m.text, m.type])).toEqual([
      ["programma SAMEN", "Programme"],
      ["app DigiD Check", "Programme"],
      ["stichting NTF", "Organisation"],
      ["gemeente Groningen", "Organisation"],
      ["UBR-crisisteam", "Organisation"],
    ]);
  });

  it("uses document-local definitions in a second index", () => {
    const doc = buildLexiconIndex([{ id: "doc:ubr", type: "Organisation", name: "Uitvoeringsorganisatie Bedrijfsvoering Rijk", acronyms: ["UBR"] }]);
    const ms = findMentions({ text: "UBR financierde de stichting.", start: 0, section: null }, k.index, doc);
    expect(ms[0]).toMatchObject({ text: "UBR", name: "Uitvoeringsorganisatie Bedrijfsvoering Rijk" });
  });
});
