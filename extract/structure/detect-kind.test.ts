import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectKind } from "./detect-kind.ts";

const seed = (f: string) => readFileSync(join(import.meta.dirname, "../../seeds", f), "utf8");

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
});
