import { describe, expect, it } from "vitest";
import { COMPOUND_BEGIN, COMPOUND_END, dutchDictionary, parseHunspell, WORD } from "./dutch-dictionary.ts";
import { GLUE_RULES, glueSplit } from "./glue-repair.ts";
import { normalise } from "./normalise.ts";

const dict = dutchDictionary();

describe("glue-rules.json rows", () => {
  // every row's examples must be repaired by that row, its counterexamples never by it
  for (const row of GLUE_RULES) {
    describe(row.id, () => {
      it.each(row.examples)("repairs %s", (example) => {
        expect(normalise(example).repairs.map((r) => r.rule)).toContain(row.id);
      });
      it.each(row.counterexamples)("leaves %s", (counter) => {
        expect(normalise(counter).repairs.map((r) => r.rule)).not.toContain(row.id);
      });
    });
  }
});

describe("OpenTaal dictionary", () => {
  it("knows words, their affixed forms, and the ĳ digraph", () => {
    for (const w of ["ministerraad", "behoeve", "investeringen", "geïmplementeerd", "maatschappelijke", "Nederland", "Minister"]) expect(dict.isWord(w), w).toBe(true);
    for (const w of ["behoevevan", "passendeoplossing", "nederland"]) expect(dict.isWord(w), w).toBe(false);
  });

  it("accepts compounds by the dictionary's compound flags, not any two words", () => {
    for (const w of ["zorgakkoord", "verantwoordingsonderzoek", "overheidsinvesteringen"]) expect(dict.isCompound(w), w).toBe(true);
    for (const w of ["passendeoplossing", "behoevevan", "zijngeweest"]) expect(dict.isCompound(w), w).toBe(false);
  });

  it("parses a small Hunspell pair: suffix rules, continuation flags, forbidden words", () => {
    const aff = ["FLAG long", "COMPOUNDBEGIN Ca", "COMPOUNDEND Cc", "ONLYINCOMPOUND Cx", "FORBIDDENWORD Fw", "SFX Zb Y 1", "SFX Zb 0 en/CaCp [^e]", "SFX Ch Y 1", "SFX Ch 0 s/CaCx ."].join("\n");
    const d = parseHunspell(aff, ["4", "regering/ChCc", "raad/CcZb", "boek/Zb", "fout/Fw"].join("\n"));
    expect(d.lookup("raad") & COMPOUND_END).toBeTruthy();
    expect(d.lookup("raaden") & WORD).toBeTruthy();
    expect(d.lookup("regerings") & WORD).toBe(0); // only inside a compound
    expect(d.lookup("regerings") & COMPOUND_BEGIN).toBeTruthy();
    expect(d.isCompound("regeringsraad")).toBe(true);
    expect(d.isCompound("boekraad")).toBe(false);
    expect(d.isWord("fout")).toBe(false);
  });
});

describe("glueSplit", () => {
  it("splits where the rows allow and names the row", () => {
    expect(glueSplit("behoevevan", dict)).toEqual({ at: 7, rule: "glue.function-word-right" });
    expect(glueSplit("inNederland", dict)).toEqual({ at: 2, rule: "glue.camel-case-lower-left" });
  });

  it("keeps Dutch compounds and one-letter brand prefixes whole", () => {
    for (const w of ["ministerraad", "zorgakkoord", "voorinvestering", "onderuitputting", "eHerkenning", "iTrechter", "GroenLinks", "ChristenUnie", "cloudwerkplek"]) {
      expect(glueSplit(w, dict), w).toBeNull();
    }
  });
});
