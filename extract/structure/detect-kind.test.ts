import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cueScope, detectKind, KIND_CUES, kindScores } from "./detect-kind.ts";

const seed = (f: string) => readFileSync(join(import.meta.dirname, "../../seeds", f), "utf8");
const fixture = (f: string) => readFileSync(join(import.meta.dirname, "../../test/fixtures/kamervragen", f), "utf8");

describe("detectKind", () => {
  it("classifies the seeds as the gold files do", () => {
    expect(detectKind(seed("000_b27fdd294b83071a.txt"))).toBe("kamervraag");
    expect(detectKind(seed("001_a3d1663899aa11c6.txt"))).toBe("kamerbrief");
    expect(detectKind(seed("002_1b46ab105e71f401.txt"))).toBe("vragenlijst");
    expect(detectKind(seed("003_441c80d5e03e44a0.txt"))).toBe("vragenlijst");
    expect(detectKind(seed("004_917547e348d9f8fe.txt"))).toBe("kamervraag");
  });

  it("reads the conventions of other layouts", () => {
    expect(detectKind("582\nVragen van het lid Kathmann (GroenLinks-PvdA) aan de Staatssecretaris van Binnenlandse Zaken over X (ingezonden 12 september 2024).")).toBe("kamervraag");
    expect(detectKind("Antwoord van Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap) (ontvangen 3 oktober 2024).")).toBe("kamervraag");
    expect(detectKind("Algemene Rekenkamer\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDatum 12 mei 2024")).toBe("kamerbrief");
    expect(detectKind("36 560 VII Jaarverslag\nVerslag van een schriftelijk overleg\nVastgesteld 3 juli 2024")).toBe("vragenlijst");
    expect(detectKind("Een boodschappenlijst: melk, brood.")).toBe("unknown");
    expect(detectKind("")).toBe("unknown");
  });

  // real layouts of shared/corpus/kamervragen (excerpts in test/fixtures/kamervragen, named after their source)
  it.each([
    ["kv-000.txt", "oral question, header wrapped over four lines"],
    ["kv-007.txt", "question-only text, '(ingezonden' on its own line"],
    ["kv-011.txt", "e-mail style: number, date, then 'Vragen van'"],
    ["kv-005.txt", "ministry draft 'AH 617' with numbered answers"],
    ["kv-025.txt", "ministry draft of a postponement notice"],
    ["kv-065.txt", "Aanhangsel postponement notice"],
    ["kv-004.txt", "Aanhangsel with answers, '(ontvangen\\n14 november 2024)'"],
  ])("recognises %s (%s) as a Kamervraag from several cues", (file) => {
    const text = fixture(file);
    expect(detectKind(text)).toBe("kamervraag");
    expect(kindScores(text).cues.filter((c) => c.startsWith("kv.")).length).toBeGreaterThanOrEqual(2);
  });

  it("does not decide on one line: a letter that quotes a Kamervraag header stays a letter", () => {
    const letter = `Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2021\n\nHierbij beantwoord ik de vragen van het lid Van Raak (SP) over het ICT-project (ingezonden 2 februari 2021).\n\nDe Minister van Binnenlandse Zaken en Koninkrijksrelaties,\nR.W. Knops\n`;
    expect(detectKind(letter)).toBe("kamerbrief");
  });

  for (const cue of KIND_CUES) {
    it(`cue ${cue.id}: examples match, counterexamples do not`, () => {
      expect(cue.match.length).toBeLessThanOrEqual(160);
      for (const ex of cue.examples) expect(cue.re.test(cueScope(ex, cue.scope)), ex).toBe(true);
      for (const ex of cue.counterexamples) expect(cue.re.test(cueScope(ex, cue.scope)), ex).toBe(false);
    });
  }
});
