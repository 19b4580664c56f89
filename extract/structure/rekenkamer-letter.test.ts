import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalise } from "../normalise/normalise.ts";
import { Y2012, Y2013, Y2014, Y2019, Y2021, Y2023, Y2025 } from "../../test/fixtures/rekenkamer-excerpts.ts";
import { detectKind } from "./detect-kind.ts";
import { parseStructure } from "./parse-structure.ts";
import { readRekenkamerGenre } from "./rekenkamer-letter.ts";
import { readSignatures } from "./rekenkamer-signatures.ts";
import { StructureSchema, type Structure } from "./structure-schema.ts";

const seed = (f: string) => readFileSync(join(import.meta.dirname, "../../seeds", f), "utf8");
function read(original: string): { text: string; s: Structure } {
  const n = normalise(original);
  return { text: n.text, s: StructureSchema.parse(parseStructure(n.text, { furniture: n.dropped.map((d) => d.text) })) };
}
const quote = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

const LETTERS = { Y2012, Y2013, Y2014, Y2019, Y2021, Y2023, Y2025 };

describe("Rekenkamer letter genre", () => {
  it.each(Object.entries(LETTERS))("recognises %s from several cues", (_y, text) => {
    const g = readRekenkamerGenre(normalise(text).text);
    expect(g.accepted).toBe(true);
    expect(g.cues).toEqual(expect.arrayContaining(["organisation", "letterhead", "salutation"]));
  });

  it("is not fooled by other genres that name the Rekenkamer or have Vraag headings", () => {
    for (const f of ["000_b27fdd294b83071a.txt", "001_a3d1663899aa11c6.txt", "002_1b46ab105e71f401.txt", "003_441c80d5e03e44a0.txt", "004_917547e348d9f8fe.txt"]) {
      expect(readRekenkamerGenre(normalise(seed(f)).text).accepted, f).toBe(false);
    }
    // one cue alone (name + date line) is no Rekenkamer letter
    expect(readRekenkamerGenre("Algemene Rekenkamer\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDatum 12 mei 2024").accepted).toBe(false);
  });

  it("a letter with Vraag N blocks is a list of questions and answers; without, a letter", () => {
    expect(detectKind(normalise(Y2019).text)).toBe("vragenlijst");
    expect(detectKind(normalise(Y2012).text)).toBe("vragenlijst");
    expect(detectKind(normalise(Y2025).text)).toBe("kamerbrief");
  });
});

describe("Rekenkamer letterhead on text without line breaks", () => {
  it.each([
    ["Y2012", Y2012, { date: "2012-02-13", number: "11003385 R", dossier: "31839" }, "Beantwoording vragen Tweede Kamer bij rapport Kosten jeugdbescherming", "Geachte mevrouw Verbeet"],
    ["Y2013", Y2013, { date: "2013-04-17", number: "13001619 R", dossier: "31490" }, "Beantwoording vragen Tweede Kamer bij rapport Bezuinigingen op uitvoeringsorganisaties", "Geachte mevrouw Van Miltenburg"],
    ["Y2019", Y2019, { date: "2019-06-05", number: "19005348 R", dossier: "35200-XII" }, "Beantwoording vragen Tweede Kamer over de Resultaten verantwoordingsonderzoek 2018", "Geachte mevrouw Arib"],
    ["Y2023", Y2023, { date: "2023-06-06", number: "23003327 R", dossier: null }, "Beantwoording vragen Tweede Kamer over de Resultaten verantwoordingsonderzoek 2022", "Geachte mevrouw Bergkamp"],
    ["Y2025", Y2025, { date: "2025-06-19", number: "25003195 R", dossier: null }, "Beantwoording mondelinge vragen Tweede Kamer tijdens technische briefing", "Geachte heer Bosma"],
  ])("%s: date (spaced D A T U M too), kenmerk, BETREFT, salutation", (_y, original, meta, title, salutation) => {
    const { s } = read(original);
    expect(s.meta).toMatchObject(meta);
    expect(s.meta.title?.startsWith(title)).toBe(true);
    expect(s.meta.title).not.toMatch(/Geachte|KENMERK|\(Tweede Kamer, vergaderjaar/);
    expect(s.header.salutation?.text).toBe(salutation);
  });
});

describe("Rekenkamer askers, answerer and signatures", () => {
  it.each([
    ["Y2012", Y2012, [["commissie voor de Rijksuitgaven", "committee"]], "ar.asker.door-gestelde-vragen"],
    ["Y2013", Y2013, [["commissie voor de Rijksuitgaven", "committee"], ["vaste commissies voor Financiën, Binnenlandse Zaken", "committees"], ["algemene commissie voor Wonen en Rijksdienst", "committee"]], "ar.asker.vragen-die-heeft-gesteld"],
    ["Y2014", Y2014, [["Kamercommissies", "house"]], "ar.asker.tweede-kamer"],
    ["Y2019", Y2019, [["Vaste Commissie voor Infrastructuur en Waterstaat", "committee"]], "ar.asker.door-gestelde-vragen"],
    ["Y2025", Y2025, [["Vaste Commissie voor Buitenlandse Handel en Ontwikkelingshulp (BHO)", "committee"]], "ar.asker.heeft-vragen-gesteld"],
  ])("%s: the covering sentence names who asked", (_y, original, expected, rule) => {
    const { text, s } = read(original);
    const bodies = s.header.askingBodies;
    expect(bodies.map((b) => b.kind)).toEqual(expected.map((e) => e[1]));
    bodies.forEach((b, i) => expect(b.text.startsWith(expected[i]![0]!), b.text).toBe(true));
    for (const b of bodies) {
      expect(b.rule).toBe(rule);
      const sentence = quote(text, b.evidence);
      // one sentence, not the letterhead
      expect(sentence).toMatch(/^(?:Hierbij|Tijdens)\b/);
      expect(sentence).not.toMatch(/DATUM|BETREFT|Geachte/i);
      expect(sentence.length).toBeLessThan(700);
    }
  });

  it("the Rekenkamer answers in every letter, quoted by its covering sentence", () => {
    for (const [y, original] of Object.entries(LETTERS)) {
      const { text, s } = read(original);
      expect(s.header.answeringBodies.map((b) => [b.name, quote(text, b)]), y).toEqual([["Algemene Rekenkamer", "Algemene Rekenkamer"]]);
      expect(quote(text, s.header.answeringBodies[0]!.evidence), y).toMatch(/^(?:Hierbij bieden wij u|Tijdens de technische briefing)/);
    }
  });

  it.each([
    ["Y2012", Y2012, [["dr. Ellen M.A. van Schoten RA", "secretaris", { surname: "van Schoten", given: "Ellen" }, "EMPLOYED_BY"]]],
    ["Y2019", Y2019, [["drs. A.P. (Arno) Visser", "president", { surname: "Visser", initials: "A.P.", given: "Arno" }, "CHAIRS"],
      ["drs. C. (Cornelis) van der Werf", "secretaris", { surname: "van der Werf", initials: "C.", given: "Cornelis" }, "EMPLOYED_BY"]]],
    // "drs. A.P. (Arno) Visser, drs. C. (Cornelis) van der Werf, president secretaris": names first, then the roles in order
    ["Y2021", Y2021, [["drs. A.P. (Arno) Visser", "president", { given: "Arno" }, "CHAIRS"], ["drs. C. (Cornelis) van der Werf", "secretaris", { given: "Cornelis" }, "EMPLOYED_BY"]]],
    ["Y2023", Y2023, [["drs. E. (Ewout) Irrgang", "wnd. president", { given: "Ewout" }, "CHAIRS"], ["drs. C. (Cornelis) van der Werf", "secretaris", { given: "Cornelis" }, "EMPLOYED_BY"]]],
    ["Y2025", Y2025, [["Ewout Irrgang", "wnd. president", { given: "Ewout", surname: "Irrgang" }, "CHAIRS"], ["Cornelis van der Werf", "secretaris", { given: "Cornelis", surname: "van der Werf" }, "EMPLOYED_BY"]]],
  ])("%s: inline signatures with their own given names", (_y, original, expected) => {
    const { text, s } = read(original);
    expect(s.header.signers.map((p) => [p.name, p.office, p.parts, p.relation])).toEqual(
      expected.map(([name, office, parts, relation]) => [name, office, expect.objectContaining(parts as object), relation]),
    );
    for (const p of s.header.signers) {
      expect(p.ministry).toBe("Algemene Rekenkamer");
      expect(quote(text, p.evidence!)).toMatch(/^Algemene Rekenkamer .*secretaris$/);
    }
  });

  it("pairs names and roles only within the compact signature block", () => {
    // ar-2021-06-08-beantwoording-vragen-tweede-kamer-over-de-resultaten-verantwoordingso-4a9877.txt (whitespace collapsed):
    // "Ministerie van Landbouw," looks like a name followed by a comma, but it is not part of the block
    const t = "gestelde vragen over de Resultaten verantwoordingsonderzoek 2020 bij het Ministerie van Landbouw, Natuur en Voedselkwaliteit. Het kantoor van de Algemene Rekenkamer is beperkt opengesteld. Er wordt voornamelijk vanaf de thuiswerkplekken gewerkt. Om deze reden sturen wij u deze brief digitaal toe. Algemene Rekenkamer drs. A.P. (Arno) Visser, drs. C. (Cornelis) van der Werf, president secretaris Beantwoording vragen";
    expect(readSignatures(t, 0, t.length, "Algemene Rekenkamer").map((p) => [p.name, p.office])).toEqual([
      ["drs. A.P. (Arno) Visser", "president"], ["drs. C. (Cornelis) van der Werf", "secretaris"],
    ]);
  });

  it("the Speaker the letter is addressed to chairs the House ('De Voorzitter van de Tweede Kamer' + 'Geachte mevrouw Arib,')", () => {
    for (const [y, original, name] of [["Y2019", Y2019, "Arib"], ["Y2012", Y2012, "Verbeet"], ["Y2025", Y2025, "Bosma"]] as const) {
      const { text, s } = read(original);
      expect(s.header.addressedChairs.map((p) => [p.name, p.office, p.ministry, p.relation, p.rule]), y).toEqual([[name, "voorzitter", "Tweede Kamer", "CHAIRS", "ar.addressee.kamervoorzitter"]]);
      expect(quote(text, s.header.addressedChairs[0]!.evidence!), y).toBe(`${s.header.salutation!.text},`);
    }
  });

  it("skips a signature the scan garbled rather than guess (2014: 'drs.aJ.Stuiveling, president secretaris')", () => {
    expect(read(Y2014).s.header.signers).toEqual([]);
  });
});

describe("Rekenkamer Vraag N blocks", () => {
  it.each([
    ["Y2012", Y2012, "Vraag 1 Hoe kan het dat het collectieve eigen vermogen van de Bureaus Jeugdzorg is toegenomen maar dat er toch grote tekorten worden geconstateerd?", "Ons onderzoek was gericht op"],
    ["Y2019", Y2019, "Vraag 1 Klopt het dat voor de verwerking van afvalstoffen, waaronder plastics, niet de prioriteitsvolgorde minder productie, recycling, verbranding en ten slotte veilige verwijdering wordt aangehouden, ondanks dat de wettelijk verplichte recycledoelstelling voor plastic verpakkingen 50% is voor 2022?", "De prioriteitsvolgorde luidt als volgt"],
    ["Y2023", Y2023, "Vraag 1 Hoe zou de monitoring op hoofdlijnen plaats kunnen vinden, mede gelet op de andere domeinen die de Algemene Rekenkamer noemt? Wat voor soort evaluatie heeft de Algemene rekenkamer voor ogen?", "Een eerste stap is om"],
    ["Y2014", Y2014, "Vraag 1 Kan de Algemene Rekenkamer nader toelichten dat ‘goedkope contracten voor de ouders soms dure contracten voor de overheid kunnen zijn’? Wat zijn hiervan de oorzaken en welke analyse ligt hieraan ten grondslag?", "Voor de berekening van de kinderopvangtoeslag"],
  ])("%s: question run together with its answer is split where the answer starts", (_y, original, question, answerStart) => {
    const { text, s } = read(original);
    const q1 = s.segments.find((x) => x.id === "q1")!;
    const a1 = s.segments.find((x) => x.id === "a1")!;
    expect(text.slice(q1.start, q1.end)).toBe(question);
    expect(text.slice(a1.start, a1.end).startsWith(answerStart)).toBe(true);
    expect(a1.rule).toBe("ar.split.question-mark-then-statement");
    expect(s.segments.filter((x) => x.kind === "question").map((x) => x.number)).toEqual([1, 2]);
  });

  it("keeps the letter parts apart: letterhead, covering letter, signature, annex title, then the questions", () => {
    const { s } = read(Y2019);
    expect(s.segments.map((x) => x.kind)).toEqual(["header", "body", "signature", "preamble", "question", "answer", "question", "answer"]);
  });

  it("a letter without Vraag N headings keeps its annex as body", () => {
    const { s } = read(Y2025);
    expect(s.meta.kind).toBe("kamerbrief");
    expect(s.segments.map((x) => x.kind)).toEqual(["header", "body", "signature", "body"]);
  });
});
