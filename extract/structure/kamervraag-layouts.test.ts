/**
 * Structure of real Kamervragen layouts. Every text here is an excerpt of a
 * file of shared/corpus/kamervragen, copied to test/fixtures/kamervragen under
 * its source name (the first ~3 KB, artefacts included).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalise } from "../normalise/normalise.ts";
import { parseStructure } from "./parse-structure.ts";
import { StructureSchema, type HeaderPerson, type Structure } from "./structure-schema.ts";

function read(file: string): { text: string; s: Structure } {
  const n = normalise(readFileSync(join(import.meta.dirname, "../../test/fixtures/kamervragen", file), "utf8"));
  return { text: n.text, s: StructureSchema.parse(parseStructure(n.text, { furniture: n.dropped.map((d) => d.text) })) };
}
const people = (ps: HeaderPerson[]) => ps.map((p) => [p.name, p.party]);
const holders = (ps: HeaderPerson[]) => ps.map((p) => [p.name, p.office, p.ministry]);
const questions = (s: Structure) => s.segments.filter((x) => x.kind === "question").flatMap((x) => x.numbers ?? [x.number]);
const slice = (text: string, span: { start: number; end: number } | undefined) => (span ? text.slice(span.start, span.end) : undefined);

describe("Aanhangsel with answers", () => {
  it("kv-004: headers wrapped mid-phrase ('aan de\\nStaatssecretaris', '(ontvangen\\n14 november 2024)'), Van Nispen keeps his name", () => {
    const { text, s } = read("kv-004.txt");
    expect(s.meta).toMatchObject({ kind: "kamervraag", date: "2024-11-14", submitted: "2024-10-24", number: "ah-tk-20242025-546" });
    expect(people(s.header.askers)).toEqual([["Van Nispen", "SP"], ["Lahlah", "GroenLinks-PvdA"]]);
    // the party span is the parenthesised group, not "sp" inside "Nispen"
    expect(slice(text, s.header.askers[0]!.partySpan)).toBe("SP");
    expect(slice(text, s.header.askers[0]!.nameSpan)).toBe("Van Nispen");
    expect(holders(s.header.answerers)).toEqual([["Coenradie", "staatssecretaris", "Justitie en Veiligheid"]]);
    expect(s.header.addressees).toMatchObject([{ ministry: "Justitie en Veiligheid" }]);
    // the evidence span is the whole header sentence, across the line break
    expect(slice(text, s.header.answerers[0]!.evidence)!.replace(/\s+/g, " ")).toBe("Antwoord van Staatssecretaris Coenradie (Justitie en Veiligheid) (ontvangen 14 november 2024).");
    expect(questions(s)).toEqual([1, 2, 3, 4, 5]);
  });

  it("kv-001: a given name glued to the surname ('DaniëlleJansen') and a multi-word party", () => {
    const { text, s } = read("kv-001.txt");
    expect(people(s.header.askers)).toEqual([["Daniëlle Jansen", "Nieuw Sociaal Contract"]]);
    expect(slice(text, s.header.askers[0]!.nameSpan)).toBe("DaniëlleJansen");
    expect(holders(s.header.answerers)).toEqual([["Agema", "minister", "Volksgezondheid, Welzijn en Sport"]]);
  });

  it("kv-021: the misspelt 'Staatsecretaris' still addresses an office; the answerer's ministry wraps", () => {
    const { s } = read("kv-021.txt");
    expect(s.header.addressees).toMatchObject([{ ministry: "Volksgezondheid, Welzijn en Sport" }]);
    expect(holders(s.header.answerers)).toEqual([["Karremans", "staatssecretaris", "Volksgezondheid, Welzijn en Sport"]]);
  });

  it("kv-023: three askers, plural addressees with 'voor', 'mede namens de Ministers voor … en vanBuitenlandse Zaken'", () => {
    const { s } = read("kv-023.txt");
    expect(people(s.header.askers)).toEqual([["Koekkoek", "Volt"], ["Van Nispen", "SP"], ["Ceder", "ChristenUnie"]]);
    expect(s.header.addressees.map((a) => a.ministry ?? a.office)).toEqual(["Asiel en Migratie", "Buitenlandse Handel en Ontwikkelingshulp", "Buitenlandse Zaken"]);
    expect(holders(s.header.answerers)).toEqual([["Faber – Van de Klashorst", "minister", "Asiel en Migratie"]]);
    expect(s.header.onBehalfOf.map((o) => o.ministry ?? o.office)).toEqual(["minister voor Buitenlandse Handel en Ontwikkelingshulp", "Buitenlandse Zaken"]);
  });

  it("kv-040: a shared multi-word party wrapped over two lines ('(beiden Nieuw Sociaal\\nContract)')", () => {
    const { s } = read("kv-040.txt");
    expect(people(s.header.askers)).toEqual([["Soepboer", "Nieuw Sociaal Contract"], ["Wingelaar", "Nieuw Sociaal Contract"]]);
  });

  it("kv-076: five askers with a shared party in the middle, two answerers joined by 'en van'", () => {
    const { s } = read("kv-076.txt");
    expect(people(s.header.askers)).toEqual([["Beckerman", "SP"], ["Bushoff", "GroenLinks-PvdA"], ["Kröger", "GroenLinks-PvdA"], ["Bamenga", "D66"], ["Teunissen", "PvdD"]]);
    expect(holders(s.header.answerers)).toEqual([
      ["Van Marum", "staatssecretaris", "Binnenlandse Zaken en Koninkrijksrelaties"],
      ["Hermans", "minister", "Klimaat en Groene Groei"],
    ]);
    // "de MinisterKlimaat en Groene Groei": a glued office still addresses its ministry
    expect(s.header.addressees.map((a) => a.ministry)).toEqual(["Binnenlandse Zaken en Koninkrijksrelaties", "Klimaat en Groene Groei"]);
  });

  it("kv-065: a postponement notice of the Aanhangsel: the sender holds the office, has not answered", () => {
    const { s } = read("kv-065.txt");
    expect(s.header.answerers).toEqual([]);
    expect(holders(s.header.notifiers)).toEqual([["Faber – van de Klashorst", "minister", "Asiel en Migratie"]]);
    expect(s.segments.some((x) => x.kind === "notice")).toBe(true);
  });
});

describe("question-only, e-mail style and oral questions", () => {
  it("kv-007: '(beiden GroenLinks-PvdA)', plural Ministers, the subject glued to the ministry ('Sportover zorg')", () => {
    const { s } = read("kv-007.txt");
    expect(people(s.header.askers)).toEqual([["Slagt-Tichelman", "GroenLinks-PvdA"], ["Piri", "GroenLinks-PvdA"]]);
    expect(s.header.addressees.map((a) => a.ministry)).toEqual(["Asiel en Migratie", "Volksgezondheid, Welzijn en Sport"]);
    expect(s.meta.title).toBe("Zorg voor zwangere vrouwen en baby’s in aanmeldcentrum en AZC’s");
    expect(s.meta.submitted).toBe("2024-11-18");
    // no answers yet: each "Vraag N" block is a question, nothing is an answer
    expect(s.segments.filter((x) => x.kind === "answer")).toEqual([]);
    expect(questions(s).slice(0, 4)).toEqual([1, 2, 3, 4]);
  });

  it("kv-011: e-mail layout (number, date, then 'Vragen van …'), one question per paragraph, footnotes excluded", () => {
    const { text, s } = read("kv-011.txt");
    expect(s.meta).toMatchObject({ number: "2024Z18891", submitted: "2024-11-20", title: "Vergunningverlening aan escortbureaus" });
    expect(people(s.header.askers)).toEqual([["Tseggai", "GroenLinks-PvdA"]]);
    expect(questions(s)).toEqual([1, 2, 3, 4, 5, 6]);
    const q1 = s.segments.find((x) => x.id === "q1")!;
    expect(text.slice(q1.start, q1.end).startsWith("Kent u het bericht")).toBe(true);
  });

  it("kv-081: e-mail layout with numbers on their own line ('1.' then the question paragraph)", () => {
    const { s } = read("kv-081.txt");
    expect(people(s.header.askers).map(([n]) => n)).toEqual(["Paternotte", "Van der Burg", "Van der Lee", "Boswijk"]);
    expect(questions(s)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("kv-052: 'Vragen van de leden lid Inge van Dijk (CDA), …' and two numbered questions with sub-questions", () => {
    const { s } = read("kv-052.txt");
    expect(people(s.header.askers)).toEqual([["Inge van Dijk", "CDA"], ["Vijlbrief", "D66"], ["Ceder", "ChristenUnie"], ["Patijn", "GroenLinks-PvdA"]]);
    expect(questions(s)).toEqual([1, 2]);
  });

  it("kv-000: an oral question to the 'Minister voor Economische Zaken', header over four lines", () => {
    const { s } = read("kv-000.txt");
    expect(s.meta).toMatchObject({ kind: "kamervraag", number: "2024Z18775", submitted: "2024-11-19" });
    expect(people(s.header.askers)).toEqual([["Krul", "CDA"]]);
    expect(s.header.addressees).toMatchObject([{ office: "minister voor Economische Zaken", ministry: null }]);
  });

  it("kv-014: an oral question 'bij afwezigheid van de Staatssecretaris vanFinanciën': the absent office is not addressed", () => {
    const { s } = read("kv-014.txt");
    expect(people(s.header.askers)).toEqual([["Saris", "Nieuw Sociaal Contract"]]);
    expect(s.header.addressees.map((a) => a.ministry)).toEqual(["Economische Zaken"]);
    expect(s.meta.title!.startsWith("De uitspraak van de hoge raad")).toBe(true);
  });
});

describe("ministry drafts ('AH nnn')", () => {
  it("kv-005: '1. Kunt u …?' questions, each with an 'Antwoord:' block", () => {
    const { s } = read("kv-005.txt");
    expect(holders(s.header.answerers)).toEqual([["Brekelmans", "minister", "Defensie"]]);
    expect(s.meta).toMatchObject({ number: "2024Z17972", date: "2024-11-20" });
    expect(questions(s)).toEqual([1, 2, 3, 4, 5]);
    expect(s.segments.filter((x) => x.kind === "answer").map((x) => x.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it("kv-022: bare number lines ('1' then the question)", () => {
    const { s } = read("kv-022.txt");
    expect(holders(s.header.answerers)).toEqual([["Hermans", "minister", "Klimaat en Groene Groei"]]);
    expect(questions(s)).toEqual([1, 2, 3]);
  });

  it("kv-055: 'mede namens de minister van Financiën' and one answer to five questions ('Antwoord vragen 1,2,3,4 en 5')", () => {
    const { s } = read("kv-055.txt");
    expect(holders(s.header.answerers)).toEqual([["Klever", "minister", "Buitenlandse Handel en Ontwikkelingshulp"]]);
    expect(s.header.onBehalfOf).toMatchObject([{ ministry: "Financiën" }]);
    expect(questions(s)).toEqual([1, 2, 3, 4, 5]);
    expect(s.segments.filter((x) => x.kind === "answer").map((x) => x.numbers)).toEqual([[1, 2, 3, 4, 5]]);
  });

  it("kv-025: a postponement notice that retells who asked ('hebben de leden Gabriëls en Bromet (beiden GroenLinks-PvdA) schriftelijke vragen gesteld aan …')", () => {
    const { text, s } = read("kv-025.txt");
    expect(people(s.header.askers)).toEqual([["Gabriëls", "GroenLinks-PvdA"], ["Bromet", "GroenLinks-PvdA"]]);
    expect(s.header.askers[0]!.rule).toBe("kv.asked.postponed");
    // "Op 6 november jl." in a notice received 20 november 2024
    expect(s.meta).toMatchObject({ submitted: "2024-11-06", date: "2024-11-20" });
    expect(holders(s.header.notifiers)).toEqual([["Rummenie", "staatssecretaris", "Landbouw, Visserij, Voedselzekerheid en Natuur"]]);
    expect(s.header.addressees.map((a) => a.ministry)).toEqual(["Landbouw, Visserij, Voedselzekerheid en Natuur", "Infrastructuur en Waterstaat"]);
    const notice = s.segments.find((x) => x.kind === "notice")!;
    expect(text.slice(notice.start, notice.end).startsWith("Op 6 november jl. hebben de leden")).toBe(true);
  });

  it("kv-078: 'De vragen van het lid Flach (SGP) over …' in the notice body", () => {
    const { s } = read("kv-078.txt");
    expect(people(s.header.askers)).toEqual([["Flach", "SGP"]]);
    expect(holders(s.header.notifiers)).toEqual([["Wiersma", "minister", "Landbouw, Visserij, Voedselzekerheid en Natuur"]]);
  });
});
