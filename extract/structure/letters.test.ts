/**
 * Letters on real text: the closing signature of a Kamerbrief (seed 001) and
 * the cover letters of ministry answers to Kamervragen (test/fixtures/answer-letters,
 * from the Word files of shared/corpus/docx; see the README there for sources).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalise } from "../normalise/normalise.ts";
import { findSignatures } from "./letter-signature.ts";
import { parseStructure } from "./parse-structure.ts";
import { StructureSchema, type Structure } from "./structure-schema.ts";

const fixture = (f: string) => readFileSync(join(import.meta.dirname, "../../test/fixtures/answer-letters", f), "utf8");
const seed = (f: string) => readFileSync(join(import.meta.dirname, "../../seeds", f), "utf8");
function read(original: string): { text: string; s: Structure } {
  const n = normalise(original);
  return { text: n.text, s: StructureSchema.parse(parseStructure(n.text, { furniture: n.dropped.map((d) => d.text) })) };
}
const signers = (text: string) => findSignatures(text, 0, text.length).map((x) => [x.signer.name, x.signer.office, x.signer.ministry]);

describe("letter signatures", () => {
  it("seed 001: 'De Minister van Binnenlandse Zaken en Koninkrijksrelaties, R.W. Knops' on one line", () => {
    const { text } = read(seed("001_a3d1663899aa11c6.txt"));
    expect(signers(text)).toEqual([["R.W. Knops", "minister", "Binnenlandse Zaken en Koninkrijksrelaties"]]);
  });

  it("the same signature wrapped inside the ministry name still reads (seed 001's closing, line broken after 'en')", () => {
    const closing = "De Minister van Binnenlandse Zaken en\nKoninkrijksrelaties,\nR.W. Knops\n";
    expect(signers(closing)).toEqual([["R.W. Knops", "minister", "Binnenlandse Zaken en Koninkrijksrelaties"]]);
  });

  it("lahlah-chakor: no comma, the name lines below, 'Mede namens …,' on the line above", () => {
    const text = normalise(fixture("lahlah-chakor-hoofddoekjes.txt")).text;
    const sig = findSignatures(text, 0, text.length);
    expect(sig.map((x) => [x.signer.name, x.signer.office, x.signer.ministry])).toEqual([["D. Yeşilgöz-Zegerius", "minister", "Justitie en Veiligheid"]]);
    expect(sig[0]!.onBehalfOf).toMatchObject([{ office: "minister", ministry: "Binnenlandse Zaken en Koninkrijkrelaties" }]);
  });

  it("a sentence that starts like a signature is not one", () => {
    expect(signers("De Minister van Financiën, zo blijkt\nuit de brief, is het daar niet mee eens.\n")).toEqual([]);
    expect(signers("Het Ministerie van Financiën,\nDe Nederlandsche Bank\n")).toEqual([]);
  });
});

describe("ministry answer letters to Kamervragen", () => {
  it("mutluer-wolvega: the askers come from 'de vragen van de leden Mutluer, Lahlah (GroenLinks-PvdA), …', the signer answers", () => {
    const { s } = read(fixture("mutluer-wolvega.txt"));
    expect(s.meta).toMatchObject({ kind: "kamervraag", number: "2024Z11859", submitted: "2024-07-05" });
    expect(s.header.askers.map((p) => [p.name, p.party])).toEqual([
      ["Mutluer", "GroenLinks-PvdA"], ["Lahlah", "GroenLinks-PvdA"], ["Boswijk", "CDA"], ["Helder", "BBB"],
    ]);
    expect(s.header.answerers).toMatchObject([{ name: "D.M. van Weel", office: "minister", ministry: "Justitie en Veiligheid", rule: "letter.signature" }]);
    expect(s.segments.filter((x) => x.kind === "question").map((x) => x.number)).toEqual([1, 2]);
  });

  it("wassenberg-bijtincidenten: 'Datum' on its own line above the date; plural addressees", () => {
    const { s } = read(fixture("wassenberg-bijtincidenten.txt"));
    expect(s.meta).toMatchObject({ kind: "kamervraag", date: "2023-10-18", submitted: "2023-09-07", number: "2023Z14759" });
    expect(s.header.askers.map((p) => [p.name, p.party])).toEqual([["Wassenberg", "PvdD"]]);
    expect(s.header.answerers).toMatchObject([{ name: "P. Adema", ministry: "Landbouw, Natuur en Voedselkwaliteit" }]);
    expect(s.header.addressees.map((a) => a.ministry)).toEqual(["Landbouw, Natuur en Voedselkwaliteit", "Justitie en Veiligheid"]);
  });

  it("teunissen-politiehonden: signature after 'Mede namens de Minister van LVVN,' and many blank lines", () => {
    const { s } = read(fixture("teunissen-politiehonden.txt"));
    expect(s.meta).toMatchObject({ date: "2024-08-26", submitted: "2024-07-08" });
    expect(s.header.answerers).toMatchObject([{ name: "D.M. van Weel", ministry: "Justitie en Veiligheid" }]);
    expect(s.header.onBehalfOf.map((o) => o.ministry)).toContain("Landbouw, Visserij, Voedselzekerheid en Natuur");
  });
});
