import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalise } from "../normalise/normalise.ts";
import { parseStructure, sectionAt } from "./parse-structure.ts";
import { StructureSchema, type Structure } from "./structure-schema.ts";

const seed = (f: string) => readFileSync(join(import.meta.dirname, "../../seeds", f), "utf8");

/** The pipeline's way in: normalise, then structure, then validate against the schema. */
function read(original: string): { text: string; s: Structure } {
  const n = normalise(original);
  const s = StructureSchema.parse(parseStructure(n.text, { furniture: n.dropped.map((d) => d.text) }));
  return { text: n.text, s };
}
const seg = (s: Structure, id: string) => s.segments.find((x) => x.id === id);
const segText = (text: string, s: Structure, id: string) => {
  const x = seg(s, id);
  return x ? text.slice(x.start, x.end) : undefined;
};

function expectOrderedDisjoint(s: Structure): void {
  for (let i = 1; i < s.segments.length; i++) expect(s.segments[i]!.start).toBeGreaterThanOrEqual(s.segments[i - 1]!.end);
  expect(new Set(s.segments.map((x) => x.id)).size).toBe(s.segments.length);
}

const AANHANGSEL = `ah-tk-20172018-1234
ISSN 0921-7398
's-Gravenhage 2018
Tweede Kamer, vergaderjaar 2017–2018, Aanhangsel

1234
Vragen van de leden Van Raak (SP), Middendorp (VVD) en Verhoeven (D66) aan
de Minister van Binnenlandse Zaken en Koninkrijksrelaties en de Staatssecretaris
van Financiën over het bericht dat de Belastingdienst een mislukt ICT-project
heeft stopgezet (ingezonden 2 februari 2018).

Antwoord van Minister Ollongren (Binnenlandse Zaken en Koninkrijksrelaties)
(ontvangen 5 maart 2018). Mede namens de Staatssecretaris van Financiën.

Vraag 1
Bent u bekend met het bericht «Belastingdienst stopt met ICT-project»?1

Antwoord 1
Ja.

Vraag 2, 3
Hoeveel heeft het project gekost? Wie is verantwoordelijk?

Antwoord op vraag 2 en 3
Het project heeft € 12,5 mln. gekost. De Belastingdienst is verantwoordelijk
voor de uitvoering.

Vraag 4, 5, 7 en 8
Kunt u de Kamer informeren over de voortgang?

Antwoord op vraag 4, 5, 7 en 8
De Staatssecretaris van Financiën informeert de Kamer voor de zomer over de
voortgang.

1 https://nos.nl/artikel/2018

Tweede Kamer, vergaderjaar 2017–2018, Aanhangsel 2
`;

const KAMERBRIEF = `Tweede Kamer der Staten-Generaal

26 643 Informatie- en communicatietechnologie (ICT)

Nr. 700 BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 3 maart 2021

Hierbij bied ik u het rapport van het Adviescollege ICT-toetsing aan over het programma GDI. Ik zal uw Kamer voor de zomer informeren over de opvolging.

De Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,
R.W. Knops
`;

const REKENKAMER = `Algemene Rekenkamer

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Postbus 20018
2500 EA Den Haag

Datum 15 mei 2024
Betreft Antwoorden op vragen over het verantwoordingsonderzoek 2023 bij het Ministerie van BZK

Geachte voorzitter,

Op 30 mei 2024 heeft de vaste commissie voor Digitale Zaken ons vragen gesteld over ons rapport. Hierbij beantwoorden wij deze vragen.

Hoogachtend,

Algemene Rekenkamer,

drs. A.P. Visser
president

drs. C. Vendrik
secretaris
`;

describe("parseStructure: kamervraag", () => {
  it("reads the web layout of seed 000 with its notice", () => {
    const { text, s } = read(seed("000_b27fdd294b83071a.txt"));
    expect(s.meta).toMatchObject({ kind: "kamervraag", number: "2022Z01424", date: "2022-10-21", submitted: "2022-01-28" });
    expect(s.meta.title).toBe("Een mislukt ICT-project dat gegund is aan een stichting van een ambtenaar");
    expect(s.header.askers[0]).toMatchObject({ name: "Renske Leijten", party: null });
    expect(s.header.askers.find((a) => a.party === "SP")?.name).toBe("Leijten");
    expect(s.header.answerers.map((a) => [a.name, a.office, a.ministry, a.party])).toEqual([
      ["Alexandra van Huffelen", "staatssecretaris", "binnenlandse zaken en koninkrijksrelaties", "D66"],
      ["Hanke Bruins Slot", "minister", "binnenlandse zaken en koninkrijksrelaties", "CDA"],
    ]);
    expect(s.header.subjects).toEqual(["bestuur", "economie", "markttoezicht", "rijksoverheid"]);
    expect(s.header.sources.map((x) => x.label)).toEqual(["vraag", "antwoord"]);
    expect(s.segments.filter((x) => x.kind === "question").map((x) => x.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(segText(text, s, "q1")).toBe("• Vraag 1\nWaarom is ervoor gekozen een ICT-project te gunnen aan een stichting van een ambtenaar van het ministerie?");
    expect(segText(text, s, "a1")!.startsWith("Laat ik eerst ingaan")).toBe(true);
    expect(segText(text, s, "notice")!).toContain("Ik laat u de antwoorden op de Kamervragen zo spoedig mogelijk toekomen.");
    expect(seg(s, "notice")!.kind).toBe("notice");
    expect(segText(text, s, "footer")!.startsWith("Kamervraag document nummer")).toBe(true);
    expectOrderedDisjoint(s);
  });

  it("reads seed 004 with parties in parentheses", () => {
    const { s } = read(seed("004_917547e348d9f8fe.txt"));
    expect(s.meta).toMatchObject({ number: "2017Z07436", date: "2017-06-22", submitted: "2017-06-02" });
    expect(s.header.askers).toMatchObject([{ name: "Ronald van Raak", party: "SP" }]);
    expect(s.header.answerers).toMatchObject([{ name: "Ronald Plasterk", party: "PvdA", office: "minister" }]);
    expect(s.segments.filter((x) => x.kind === "answer")).toHaveLength(8);
  });

  it("reads the Aanhangsel PDF layout with combined questions", () => {
    const { text, s } = read(AANHANGSEL);
    expect(s.meta).toMatchObject({ kind: "kamervraag", date: "2018-03-05", submitted: "2018-02-02", number: "ah-tk-20172018-1234" }); // from the page header the normaliser dropped
    expect(s.meta.title).toBe("Het bericht dat de Belastingdienst een mislukt ICT-project heeft stopgezet");
    expect(s.header.askers.map((a) => [a.name, a.party])).toEqual([
      ["Van Raak", "SP"],
      ["Middendorp", "VVD"],
      ["Verhoeven", "D66"],
    ]);
    expect(s.header.addressees.map((a) => [a.office, a.ministry])).toEqual([
      ["Minister", "Binnenlandse Zaken en Koninkrijksrelaties"],
      ["Staatssecretaris", "Financiën"],
    ]);
    expect(s.header.answerers).toMatchObject([{ name: "Ollongren", office: "minister", ministry: "Binnenlandse Zaken en Koninkrijksrelaties" }]);
    expect(s.header.onBehalfOf).toMatchObject([{ office: "Staatssecretaris", ministry: "Financiën" }]);
    expect(s.segments.map((x) => x.id)).toEqual(["header", "q1", "a1", "q2", "a2", "q4", "a4", "notes"]);
    expect(seg(s, "q2")!.numbers).toEqual([2, 3]);
    expect(seg(s, "a4")!.numbers).toEqual([4, 5, 7, 8]);
    expect(segText(text, s, "a2")).toBe("Antwoord op vraag 2 en 3\nHet project heeft € 12,5 mln. gekost. De Belastingdienst is verantwoordelijk voor de uitvoering.");
    expect(segText(text, s, "q1")).toBe("Vraag 1\nBent u bekend met het bericht «Belastingdienst stopt met ICT-project»?");
    const at = text.indexOf("voor de zomer");
    expect(sectionAt(s, at)).toBe("a4");
    expectOrderedDisjoint(s);
  });
});

describe("parseStructure: kamerbrief", () => {
  it("reads seed 001: dossier, number, date, signature", () => {
    const { text, s } = read(seed("001_a3d1663899aa11c6.txt"));
    expect(s.meta).toMatchObject({ kind: "kamerbrief", number: "26643 nr. 659", date: "2020-01-17", submitted: null, dossier: "26643" });
    expect(s.meta.title).toBe("Informatie- en communicatietechnologie (ICT); Brief van de Minister van Binnenlandse Zaken en Koninkrijksrelaties");
    expect(s.header.recipient?.text).toBe("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal");
    expect(s.header.signers).toMatchObject([{ name: "R.W. Knops", office: "minister", ministry: "Binnenlandse Zaken en Koninkrijksrelaties" }]);
    expect(segText(text, s, "body")!.startsWith("Inleiding")).toBe(true);
    expect(segText(text, s, "annex")!.startsWith("BIJLAGE 1.")).toBe(true);
    expect(segText(text, s, "notes")!.startsWith("X Noot")).toBe(true);
    expectOrderedDisjoint(s);
  });

  it("reads a short letter with the signature on two lines", () => {
    const { text, s } = read(KAMERBRIEF);
    expect(s.meta).toMatchObject({ number: "26643 nr. 700", date: "2021-03-03" });
    expect(s.meta.title).toBe("Informatie- en communicatietechnologie (ICT); Brief van de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties");
    expect(s.header.signers).toMatchObject([{ name: "R.W. Knops", office: "staatssecretaris", ministry: "Binnenlandse Zaken en Koninkrijksrelaties" }]);
    expect(segText(text, s, "body")).toBe(
      "Hierbij bied ik u het rapport van het Adviescollege ICT-toetsing aan over het programma GDI. Ik zal uw Kamer voor de zomer informeren over de opvolging.",
    );
    expect(seg(s, "signature")).toBeDefined();
  });

  it("reads an Algemene Rekenkamer letter with two signatories", () => {
    const { s } = read(REKENKAMER);
    expect(s.meta).toMatchObject({ kind: "kamerbrief", date: "2024-05-15", number: null });
    expect(s.meta.title).toBe("Antwoorden op vragen over het verantwoordingsonderzoek 2023 bij het Ministerie van BZK");
    expect(s.header.signers.map((p) => [p.name, p.office, p.ministry])).toEqual([
      ["drs. A.P. Visser", "president", "Algemene Rekenkamer"],
      ["drs. C. Vendrik", "secretaris", "Algemene Rekenkamer"],
    ]);
    expect(s.segments.map((x) => x.kind)).toEqual(["header", "body", "signature"]);
  });

  it("takes the number from page furniture when the letter lacks a dossier line", () => {
    const original = `Algemene Rekenkamer\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 2 juni 2024\n\nGeachte voorzitter, hierbij de antwoorden.\n\nTweede Kamer, vergaderjaar 2023-2024, 36 560 VII, nr. 12 3\n\nHoogachtend,\n\nAlgemene Rekenkamer\n\ndrs. A.P. Visser\npresident\n`;
    const { s } = read(original);
    expect(s.meta.number).toBe("36560-VII nr. 12");
  });
});

describe("parseStructure: vragenlijst", () => {
  it("reads seed 002: committee, chair, clerk, addressed ministers, Q/A", () => {
    const { text, s } = read(seed("002_1b46ab105e71f401.txt"));
    expect(s.meta).toMatchObject({ kind: "vragenlijst", number: null, date: "2026-06-09", submitted: null });
    expect(s.header.committee?.name).toBe("vaste commissie voor Digitale Zaken");
    expect(s.header.chairs).toMatchObject([{ name: "Dekker", office: "voorzitter" }]);
    expect(s.header.clerks).toMatchObject([{ name: "Muller", office: "griffier" }]);
    expect(s.header.addressees.map((a) => a.ministry)).toEqual(["Justitie en Veiligheid", "Binnenlandse Zaken en Koninkrijksrelaties en Koninkrijkrelaties", "Economische Zaken en Klimaat"]);
    const qs = s.segments.filter((x) => x.kind === "question");
    expect(qs.map((x) => x.number)).toEqual(Array.from({ length: 37 }, (_, i) => i + 1));
    expect(segText(text, s, "q1")).toBe("Vraag 1\nHoe verklaart u de trends rondom online criminaliteit?");
    expect(segText(text, s, "a37")).toBe("Antwoord\nZie vraag 27.");
    expectOrderedDisjoint(s);
  });

  it("reads seed 003 (PDF, no question headings): fungerend voorzitter, fracties, question paragraphs", () => {
    const { text, s } = read(seed("003_441c80d5e03e44a0.txt"));
    expect(s.meta).toMatchObject({ kind: "vragenlijst", date: "2024-06-28" });
    expect(s.header.chairs).toMatchObject([{ name: "Kathmann" }]);
    expect(s.header.clerks).toMatchObject([{ name: "Muller" }]);
    expect(s.header.addressees).toMatchObject([{ office: "staatssecretaris", ministry: "Binnenlandse Zaken en Koninkrijksrelaties" }]);
    expect(s.header.fracties.map((f) => f.parties)).toContainEqual(["GroenLinks-PvdA", "NSC"]);
    expect(s.header.fracties.map((f) => f.parties)).toContainEqual(["NSC"]);
    expect(segText(text, s, "preamble")!.startsWith("Ik dank de leden")).toBe(true);
    expect(segText(text, s, "q1")).toContain("Wat geeft u uw opvolger mee");
    expect(segText(text, s, "a1")!.startsWith("Het is aan mijn opvolger")).toBe(true);
    expect(s.segments.filter((x) => x.kind === "question").length).toBeGreaterThanOrEqual(8);
    expect(segText(text, s, "notes")!.startsWith("3 Websiteregister")).toBe(true);
    expectOrderedDisjoint(s);
  });
});

describe("parseStructure: anything else", () => {
  it("returns kind unknown with one body segment", () => {
    const s = parseStructure("Een willekeurige tekst zonder kenmerken.");
    expect(s.meta.kind).toBe("unknown");
    expect(s.segments).toEqual([{ id: "body", kind: "body", start: 0, end: 40 }]);
    expect(sectionAt(s, 5)).toBe("body");
    expect(sectionAt(s, 400)).toBeNull();
  });

  it("never throws on empty, random or hostile input", () => {
    let seedValue = 42;
    const rnd = () => ((seedValue = (seedValue * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ["Vraag ", "Antwoord", "\n", "\n\n", "(", ")", "Vragen van het lid ", "(ingezonden ", "Mededeling", "De Minister van ", ",", "Hoogachtend,", "1", "•", " en ", "Kamervraag 2020Z12345", "Vastgesteld 1 mei 2020"];
    const inputs = ["", "\u0000\uffff\ud800", "(".repeat(5000), "Vraag 1".repeat(2000)];
    for (let i = 0; i < 200; i++) {
      let s = "";
      const n = Math.floor(rnd() * 60);
      for (let k = 0; k < n; k++) s += rnd() < 0.5 ? pieces[Math.floor(rnd() * pieces.length)] : String.fromCharCode(Math.floor(rnd() * 65536));
      inputs.push(s);
    }
    for (const input of inputs) {
      const s = StructureSchema.parse(parseStructure(normalise(input).text));
      expect(s.segments.length).toBeGreaterThan(0);
    }
  });
});
