import { describe, expect, it } from "vitest";
import { committeeEntry, committeeSubject, splitSubjects } from "./committee-entry.ts";
import { defaultKnowledge } from "./default-knowledge.ts";

const k = defaultKnowledge();
const id = (name: string) => committeeEntry(name, k)?.entry?.id ?? committeeEntry(name, k)?.name;

// committee names as the covering sentences of shared/corpus/rekenkamer/ letters write them (2012–2025)
describe("committeeEntry", () => {
  it("finds the lexicon committee whatever head the letter uses", () => {
    expect(id("Vaste Commissie voor Infrastructuur en Waterstaat")).toBe("commissie-ienw");
    expect(id("Vaste commissie van Financiën")).toBe("commissie-financien");
    expect(id("commissie Financiën")).toBe("commissie-financien");
    expect(id("Vaste Kamercommissie van Onderwijs, Cultuur en Wetenschap")).toBe("commissie-onderwijs");
    expect(id("commissie voor de Rijksuitgaven")).toBe("commissie-rijksuitgaven");
  });
  it("by the ministry its subject names: acronyms and former ministry names", () => {
    expect(id("Vaste Commissie van SZW")).toBe("commissie-szw");
    expect(id("Vaste Commissie van Veiligheid en Justitie")).toBe("commissie-justitie-en-veiligheid");
    expect(id("Vaste Commissie voor Buitenlandse Handel en Ontwikkelingssamenwerking")).toBe("commissie-bho");
  });
  it("names an unknown committee without the adjective the letter happened to use", () => {
    expect(id("algemene commissie voor Wonen en Rijksdienst")).toBe("commissie voor Wonen en Rijksdienst");
    expect(id("vaste commissie van Wonen en Rijksdienst")).toBe("commissie voor Wonen en Rijksdienst");
    expect(committeeSubject("door enkele")).toBeNull();
  });
});

describe("splitSubjects", () => {
  it("splits a list of committee subjects without breaking multi-part ministry names", () => {
    // ar-2013-04-17 … "de vaste commissies voor Financiën, Binnenlandse Zaken, Economische Zaken, Infrastructuur en Milieu, Onderwijs, Cultuur en Wetenschap, Sociale Zaken en Werkgelegenheid"
    const list = "Financiën, Binnenlandse Zaken, Economische Zaken, Infrastructuur en Milieu, Onderwijs, Cultuur en Wetenschap, Sociale Zaken en Werkgelegenheid";
    expect(splitSubjects(list, k).map((x) => x.subject)).toEqual([
      "Financiën", "Binnenlandse Zaken", "Economische Zaken", "Infrastructuur en Milieu", "Onderwijs, Cultuur en Wetenschap", "Sociale Zaken en Werkgelegenheid",
    ]);
  });
});
