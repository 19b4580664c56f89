import { describe, expect, it } from "vitest";
import type { RawMention } from "../mentions/find-mentions.ts";
import { buildResolverLexicon, editDistance, resolveEntities, slug } from "./resolve-entities.ts";

const lex = buildResolverLexicon([
  { id: "adr", type: "Organisation", kind: "auditor", name: "Auditdienst Rijk", acronyms: ["ADR"], aliases: [] },
  { id: "ar", type: "Organisation", kind: "auditor", name: "Algemene Rekenkamer", aliases: [] },
  { id: "rvr", type: "Organisation", kind: "agency", name: "Raad voor Rechtsbijstand", aliases: [] },
  { id: "person:van-huffelen", type: "Person", name: "Alexandra van Huffelen", aliases: ["Van Huffelen", "A.C. van Huffelen"] },
]);
const m = (over: Partial<RawMention>): RawMention => ({ start: 0, end: 1, text: "x", type: "Organisation", rule: "test", section: null, ...over });

describe("resolveEntities", () => {
  it("merges a spelling variant into the lexicon entry and says why", () => {
    const r = resolveEntities([m({ text: "Audit Dienst Rijk", name: "Audit Dienst Rijk", acronym: "ADR", rule: "definition.acronym" }), m({ text: "ADR", entryId: "adr" })], lex);
    expect(r.entityOf).toEqual(["adr", "adr"]);
    const e = r.entities[0]!;
    expect(e.name).toBe("Auditdienst Rijk");
    expect(e.aliases).toEqual(expect.arrayContaining(["Audit Dienst Rijk", "ADR"]));
    expect(e.merges.find((x) => x.surface === "Audit Dienst Rijk")).toMatchObject({ rule: "resolve.spelling-variant" });
  });

  it("folds an OCR misreading and an article inside a head-noun name into the lexicon entry, not other names", () => {
    const r = resolveEntities([
      m({ text: "Algemene Pekenkamer", name: "Algemene Pekenkamer", rule: "head-name.organisation-compound" }),
      m({ text: "Raad voor de Rechtsbijstand", name: "Raad voor de Rechtsbijstand", rule: "head-name.organisation-initial" }),
      m({ text: "Algemene Rekenkamer Aruba", name: "Algemene Rekenkamer Aruba", rule: "head-name.organisation-initial" }),
      m({ text: "Algemene Pekenkamer", name: "Algemene Pekenkamer", rule: "definition.acronym" }),
    ], lex);
    expect(r.entityOf).toEqual(["ar", "rvr", "algemene-rekenkamer-aruba", "algemene-pekenkamer"]);
    expect(r.entities.find((e) => e.id === "ar")!.merges[0]).toMatchObject({ rule: "resolve.ocr-variant" });
    expect(editDistance("rekenkamer", "rekerikamer", 2)).toBe(2);
    expect(editDistance("rekenkamer", "ombudsman", 2)).toBe(3);
  });

  it("resolves a person by surname, keeping the fullest name", () => {
    const r = resolveEntities([
      m({ type: "Person", text: "Renske Leijten", name: "Renske Leijten", person: { surname: "Leijten", given: "Renske" } }),
      m({ type: "Person", text: "Leijten", person: { surname: "Leijten" } }),
      m({ type: "Person", text: "Van Huffelen", person: { surname: "Van Huffelen" } }),
    ], lex);
    expect(r.entityOf).toEqual(["person:leijten", "person:leijten", "person:van-huffelen"]);
    expect(r.entities.find((e) => e.id === "person:leijten")).toMatchObject({ name: "Renske Leijten", aliases: ["Leijten"] });
  });

  it("does not merge a person whose initials contradict the lexicon", () => {
    const r = resolveEntities([m({ type: "Person", text: "P. van Huffelen", person: { surname: "Van Huffelen", initials: "P." } })], lex);
    expect(r.entityOf[0]).toBe("person:p-van-huffelen");
    expect(r.entities[0]!.merges[0]!.rule).toBe("resolve.person-initials-differ");
  });

  it("makes stable slugs", () => {
    expect(slug("Nederlandse Voedsel- en Warenautoriteit")).toBe("nederlandse-voedsel-en-warenautoriteit");
    expect(slug("Financiën")).toBe("financien");
  });
});
