import { describe, expect, it } from "vitest";
import { evidenceOverlaps, maxMatching, normaliseText, prf, scoreDocument } from "./score.ts";

const gold = {
  entities: [
    { id: "ubr", type: "Organisation", name: "Uitvoeringsorganisatie Bedrijfsvoering Rijk", aliases: ["UBR"] },
    { id: "ntf", type: "Organisation", name: "New Trust Foundation", aliases: ["NTF"] },
    { id: "leijten", type: "Person", name: "Renske Leijten", aliases: ["Leijten"] },
  ],
  relations: [
    { type: "FUNDED", source: "ubr", target: "ntf" },
    { type: "ASKED", source: "leijten", target: "@doc" },
  ],
  commitments: [{ actor: "ubr", evidence: "Ik laat u de antwoorden op de Kamervragen zo spoedig mogelijk toekomen.", due: null }],
};

describe("scoring of the gold README", () => {
  it("normalises case, diacritics and white space", () => {
    expect(normaliseText("  Financiën\n  en   Économie ")).toBe("financien en economie");
  });

  it("matches entities by any name or alias, same type only", () => {
    const s = scoreDocument({
      entities: [
        { id: "a", type: "Organisation", name: "ubr", aliases: [] },
        { id: "b", type: "Person", name: "NTF", aliases: [] },
        { id: "c", type: "Person", name: "R. Leijten", aliases: ["Leijten"] },
      ],
      relations: [], commitments: [],
    }, gold);
    expect(s.entities.Organisation).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(s.entities.Person).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it("counts a duplicate prediction as a false positive (one-to-one)", () => {
    const s = scoreDocument({
      entities: [
        { id: "a", type: "Organisation", name: "UBR", aliases: [] },
        { id: "b", type: "Organisation", name: "Uitvoeringsorganisatie Bedrijfsvoering Rijk", aliases: [] },
      ],
      relations: [], commitments: [],
    }, gold);
    expect(s.entities.Organisation).toEqual({ tp: 1, fp: 1, fn: 2 - 1 });
  });

  it("requires relation direction and @doc ends", () => {
    const pred = {
      entities: [
        { id: "x", type: "Organisation", name: "UBR", aliases: [] },
        { id: "y", type: "Organisation", name: "NTF", aliases: [] },
        { id: "z", type: "Person", name: "Leijten", aliases: [] },
      ],
      relations: [
        { type: "FUNDED", source: "y", target: "x" },
        { type: "ASKED", source: "z", target: "@doc" },
      ],
      commitments: [],
    };
    const s = scoreDocument(pred, gold);
    expect(s.relations.FUNDED).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.relations.ASKED).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("matches commitments on half of the gold words and the actor; due separately", () => {
    expect(evidenceOverlaps("Ik laat u de antwoorden zo spoedig mogelijk toekomen", gold.commitments[0]!.evidence)).toBe(true);
    expect(evidenceOverlaps("De antwoorden volgen", gold.commitments[0]!.evidence)).toBe(false);
    const s = scoreDocument({
      entities: [{ id: "u", type: "Organisation", name: "UBR", aliases: [] }],
      relations: [],
      commitments: [{ actor: "u", evidence: "Ik laat u de antwoorden op de Kamervragen zo spoedig mogelijk toekomen.", due: "2022-12-31" }],
    }, gold);
    expect(s.commitments).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.due).toEqual({ correct: 0, total: 1 });
  });

  it("finds the maximum matching, not a greedy one", () => {
    // pred 0 can take gold 0 or 1, pred 1 only gold 0: greedy would give 1 pair.
    const pairs = maxMatching(2, 2, (p, g) => (p === 0 ? true : g === 0));
    expect(pairs).toHaveLength(2);
  });

  it("computes precision, recall and F1", () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toEqual({ precision: 0.75, recall: 0.6, f1: expect.closeTo(0.6667, 3) });
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(0);
  });
});
