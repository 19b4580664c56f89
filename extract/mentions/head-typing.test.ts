import { describe, expect, it } from "vitest";
import { buildKnowledge } from "../pipeline/knowledge.ts";
import { loadLexicons } from "../lexicons/load-lexicons.ts";
import { findMentions } from "./find-mentions.ts";
import { headCue, TYPING_CUES, typeFromHead } from "./head-typing.ts";

describe("typing-cues.json rows", () => {
  for (const row of TYPING_CUES) {
    describe(row.id, () => {
      it.each(row.examples)("types %s", (example) => {
        expect(typeFromHead(example)?.rule).toBe(row.id);
      });
      it.each(row.counterexamples)("does not type %s by it", (counter) => {
        expect(typeFromHead(counter)?.rule).not.toBe(row.id);
      });
    });
  }
  it("lets an organisation head at the start win over a later legal head", () => {
    expect(typeFromHead("Stichting Fonds Slachtofferhulp")?.type).toBe("Organisation");
    expect(headCue("Europees Landbouwgarantiefonds")?.type).toBeNull();
  });
});

const k = buildKnowledge([
  { id: "sp", type: "Party", kind: "party", name: "SP", caseSensitive: true },
  { id: "cda", type: "Party", kind: "party", name: "CDA" },
  { id: "person:van-nispen", type: "Person", name: "Michiel van Nispen", aliases: ["Van Nispen"] },
]);
const find = (text: string) => findMentions({ text, start: 0, section: "a1" }, k.index).map((m) => ({ text: m.text, type: m.type, rule: m.rule }));

describe("findMentions on real sentences", () => {
  it("matches party acronyms case-exactly on word boundaries (kamervragen/kv-012.txt)", () => {
    const ms = find("Vragen van de leden Podt (D66) en Van Nispen (SP) aan de Staatssecretaris van Justitie en Veiligheid");
    expect(ms.filter((m) => m.type === "Party").map((m) => m.text)).toEqual(["SP"]);
    expect(ms.some((m) => m.type === "Person" && m.text === "Van Nispen")).toBe(true);
    expect(find("het CDAfractielid en de cda-achtige sp-afdeling")).toEqual([]);
  });

  it("makes no entity of a law, fund or agreement defined with its acronym (rekenkamer, kamervragen/kv-001.txt)", () => {
    // ar-2021-06-08 (Diergezondheidsfonds), ar-2023-06-06 (AVG), kv-001 (IZA)
    for (const s of [
      "de uitgaven van het Diergezondheidsfonds (DGF) zijn gestegen",
      "de Algemene verordening gegevensbescherming (AVG) is van toepassing",
      "de grote hervormingen uit het Integraal Zorgakkoord (IZA)?",
      "Tot de Werkloosheidswet (WW) behoren ook",
    ]) {
      expect(find(s).filter((m) => m.type === "Organisation" || m.type === "Programme"), s).toEqual([]);
    }
  });

  it("knows laws and EU acts from the lexicon of legal instruments, acronyms case-exact", () => {
    const names = loadLexicons().legalInstruments.flatMap((r) => r.acronyms);
    expect(names).toEqual(expect.arrayContaining(["Wlz", "Wmo", "DORA", "AVG"]));
    expect(find("Valt dit onder de Wlz of de Wmo, en geldt DORA (Digital Operational Resilience Act)?")).toEqual([]);
  });

  it("still defines organisations whose name only contains a legal word", () => {
    const ms = find("Het bestuur van Pensioenfonds Zorg en Welzijn (PFZW) besluit.");
    expect(ms[0]).toMatchObject({ text: "Pensioenfonds Zorg en Welzijn", type: "Organisation" });
  });
});
