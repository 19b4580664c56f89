import { describe, expect, it } from "vitest";
import { buildKnowledge } from "../pipeline/knowledge.ts";
import { findMentions } from "./find-mentions.ts";

// The people lexicon knows MP Hanneke van der Werf; the Rekenkamer's secretaris is another Van der Werf.
const k = buildKnowledge([
  { id: "person:van-der-werf", type: "Person", kind: "member of parliament", name: "Hanneke van der Werf", aliases: ["Van der Werf"] },
]);
const persons = (text: string) => findMentions({ text, start: 0, section: "signature" }, k.index).filter((m) => m.type === "Person")
  .map((m) => [m.text, m.entryId ?? null, m.rule, m.person?.initials ?? m.person?.given ?? null]);

describe("findMentions: a lexicon surname with other initials or given name is another person", () => {
  it("signatures of Rekenkamer letters (ar-2019-06-05 …101eb2, ar-2024-06-04 …, shared/corpus/rekenkamer)", () => {
    expect(persons("Algemene Rekenkamer drs. A.P. (Arno) Visser, president drs. C. (Cornelis) van der Werf, secretaris")).toEqual(
      expect.arrayContaining([["C. (Cornelis) van der Werf", null, "person.other-than-lexicon", "C."]]),
    );
    expect(persons("Algemene Rekenkamer Pieter Duisenberg, president Cornelis van der Werf, secretaris")).toEqual(
      expect.arrayContaining([["Cornelis van der Werf", null, "person.other-than-lexicon", "Cornelis"]]),
    );
  });
  it("still finds the MP herself", () => {
    expect(persons("Het lid Van der Werf (D66) heeft vragen gesteld.")).toEqual([["Van der Werf", "person:van-der-werf", expect.any(String), "Hanneke"]]);
    expect(persons("Vragen van het lid Hanneke van der Werf aan de minister.")).toEqual([["Hanneke van der Werf", "person:van-der-werf", expect.any(String), "Hanneke"]]);
  });
});
