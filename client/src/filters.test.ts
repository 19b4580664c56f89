import { describe, expect, it } from "vitest";
import { edgeVisible, NO_FILTERS, nodeVisible } from "./filters.ts";

const edge = { type: "FUNDED", evidenceCount: 2, firstDate: "2020-03-01", lastDate: "2022-10-21" };

describe("filters", () => {
  it("hides node types that are switched off", () => {
    expect(nodeVisible({ type: "Party" }, NO_FILTERS)).toBe(true);
    expect(nodeVisible({ type: "Party" }, { ...NO_FILTERS, hiddenNodeTypes: ["Party"] })).toBe(false);
  });

  it("hides relation types and edges under the evidence minimum", () => {
    expect(edgeVisible(edge, { ...NO_FILTERS, hiddenRelationTypes: ["FUNDED"] })).toBe(false);
    expect(edgeVisible(edge, { ...NO_FILTERS, minEvidence: 2 })).toBe(true);
    expect(edgeVisible(edge, { ...NO_FILTERS, minEvidence: 3 })).toBe(false);
  });

  it("keeps edges whose date span overlaps the range", () => {
    expect(edgeVisible(edge, { ...NO_FILTERS, from: "2022-01-01" })).toBe(true);
    expect(edgeVisible(edge, { ...NO_FILTERS, to: "2020-03-01" })).toBe(true);
    expect(edgeVisible(edge, { ...NO_FILTERS, from: "2022-10-22" })).toBe(false);
    expect(edgeVisible(edge, { ...NO_FILTERS, to: "2020-02-29" })).toBe(false);
  });

  it("shows undated edges unless a date range is set", () => {
    const undated = { type: "PART_OF", evidenceCount: 1, firstDate: null, lastDate: null };
    expect(edgeVisible(undated, NO_FILTERS)).toBe(true);
    expect(edgeVisible(undated, { ...NO_FILTERS, from: "2019-01-01" })).toBe(false);
  });
});
