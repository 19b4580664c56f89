import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences.ts";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it("splits ordinary Dutch prose and keeps offsets", () => {
    const t = "Ja. Het BIT heeft advies uitgebracht. Kunt u dat toelichten? Zo ja, waarom? Zo nee, waarom niet?";
    const s = splitSentences(t, 100);
    expect(s.map((x) => x.text)).toEqual(["Ja.", "Het BIT heeft advies uitgebracht.", "Kunt u dat toelichten?", "Zo ja, waarom?", "Zo nee, waarom niet?"]);
    for (const x of s) expect(t.slice(x.start - 100, x.end - 100)).toBe(x.text);
  });

  it("does not break at abbreviations, initials and numbers", () => {
    expect(
      texts(
        "De brief d.d. 15-05-2024 van mr. drs. A.C. van Huffelen en R.W. Knops t.a.v. o.a. de Kamer (Kamerstuk 36 560 VII, nr. 1) kost € 12,5 mln. per jaar, bijv. voor versie 2.4 i.v.m. art. 4 van de wet. Tweede zin.",
      ),
    ).toEqual([
      "De brief d.d. 15-05-2024 van mr. drs. A.C. van Huffelen en R.W. Knops t.a.v. o.a. de Kamer (Kamerstuk 36 560 VII, nr. 1) kost € 12,5 mln. per jaar, bijv. voor versie 2.4 i.v.m. art. 4 van de wet.",
      "Tweede zin.",
    ]);
  });

  it("ends at an abbreviation that may close a sentence when a capital follows", () => {
    expect(texts("Dit geldt voor ICT, HR etc. De minister besluit in 2020. Op 19 april jl. (Kamerstuk 32 761) is gemeld.")).toEqual([
      "Dit geldt voor ICT, HR etc.",
      "De minister besluit in 2020.",
      "Op 19 april jl. (Kamerstuk 32 761) is gemeld.",
    ]);
  });

  it("treats line breaks as boundaries and strips list markers", () => {
    expect(texts("Inleiding\n• Digipoort ontvangt het bericht;\n· Controleert het bericht.\n1. Accreditaties\na. de eerste aanbesteding")).toEqual([
      "Inleiding",
      "Digipoort ontvangt het bericht;",
      "Controleert het bericht.",
      "Accreditaties",
      "de eerste aanbesteding",
    ]);
  });

  it("keeps closing quotes and brackets with their sentence", () => {
    expect(texts("Hij noemde het «een mislukt project.» Daarna (zie bijlage.) volgde meer. Was dat ‘verstandig?’ Nee.")).toEqual([
      "Hij noemde het «een mislukt project.»",
      "Daarna (zie bijlage.) volgde meer.",
      "Was dat ‘verstandig?’",
      "Nee.",
    ]);
  });

  it("does not split before lower case, URLs or decimals", () => {
    expect(texts("Zie www.tweedekamer.nl en Rijksoverheid.nl. Het kost 1.5 mld. euro en 3.8 I-Vakmanschap telt mee.")).toEqual([
      "Zie www.tweedekamer.nl en Rijksoverheid.nl.",
      "Het kost 1.5 mld. euro en 3.8 I-Vakmanschap telt mee.",
    ]);
  });

  it("splits inline bullets and survives odd input", () => {
    expect(texts("volgende: • eerste punt • tweede punt")).toEqual(["volgende:", "eerste punt", "tweede punt"]);
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("...\n\n?!")).toEqual([]);
  });
});
