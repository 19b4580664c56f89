import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalise } from "../normalise/normalise.ts";
import { splitSentences } from "./split-sentences.ts";
import { cueBoundaries, MAX_UNIT, UNIT_CUES } from "./unit-cues.ts";

describe("unit-cues.json rows", () => {
  for (const row of UNIT_CUES) {
    describe(row.id, () => {
      it.each(row.examples)("cuts %s", (example) => {
        expect(cueBoundaries(example).map((b) => b.rule)).toContain(row.id);
      });
      it.each(row.counterexamples)("leaves %s", (counter) => {
        expect(cueBoundaries(counter).map((b) => b.rule)).not.toContain(row.id);
      });
    });
  }
});

describe("sentences of an OCR letter without line breaks (rekenkamer/ar-2012-02-13-…-b37f72.txt)", () => {
  const original = readFileSync(join(import.meta.dirname, "../../test/fixtures/real-excerpts/ar-2012-02-13-letterhead.txt"), "utf8");
  const { text } = normalise(original);
  const units = splitSentences(text).map((s) => s.text);

  it("cuts the letter head into its fields, the salutation apart", () => {
    expect(units).toContain("Geachte mevrouw Verbeet,");
    expect(units.some((u) => u.startsWith("DATUM 13 februari 2012"))).toBe(true);
    expect(units.some((u) => u.startsWith("BETREFT Beantwoording vragen Tweede Kamer bij rapport Kosten jeugdbescherming"))).toBe(true);
    expect(units.some((u) => u.startsWith("Hierbij bieden wij u de op 9 februari 2012 vastgestelde antwoorden aan"))).toBe(true);
    expect(units.some((u) => u.startsWith("Vraag 1 Hoe kan"))).toBe(true);
  });

  it("never yields a unit longer than the cap", () => {
    for (const u of units) expect(u.length).toBeLessThanOrEqual(MAX_UNIT);
  });
});

describe("length cap", () => {
  it("cuts an unpunctuated run at a clause boundary, keeping real long sentences whole", () => {
    // seeds/000: a real 419-character sentence stays one unit
    const real =
      "Om die reden heeft de Uitvoeringsorganisatie Bedrijfsvoering Rijk (UBR) – als onderdeel van het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK) – medio april 2018 een kennisgroep opgericht van ambtenaren en marktpartijen, waarin in een vertrouwde omgeving informatie kon worden uitgewisseld over het bevorderen van digitale betrouwbaarheid en het verantwoord gebruik van identiteit, gegevens en systemen.";
    expect(splitSentences(real).map((s) => s.text)).toEqual([real]);
    const list = Array.from({ length: 40 }, (_, i) => `het onderdeel ${i + 1} van de begroting; `).join("");
    const parts = splitSentences(list);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_UNIT);
      expect(list.slice(p.start, p.end)).toBe(p.text);
    }
    expect(parts[0]!.text.endsWith(";")).toBe(true);
  });
});
