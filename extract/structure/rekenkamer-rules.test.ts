import { describe, expect, it } from "vitest";
import { allRows, expandPattern, firstMatch } from "./rekenkamer-rules.ts";

describe("rekenkamer-rules.json", () => {
  const rows = allRows();
  it("has unique ids and short patterns", () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) expect(r.match.length, r.id).toBeLessThanOrEqual(160);
  });
  it.each(rows.map((r) => [r.id, r] as const))("%s matches its examples and none of its counterexamples", (_id, row) => {
    expect(row.examples.length).toBeGreaterThan(0);
    for (const ex of row.examples) expect(firstMatch(row, ex), `${row.id} should match: ${ex}`).not.toBeNull();
    for (const ce of row.counterexamples) expect(firstMatch(row, ce), `${row.id} should not match: ${ce}`).toBeNull();
  });
  it("expands spaced labels and list references", () => {
    expect(expandPattern("{spaced:datum}", {})).toBe("d\\s?a\\s?t\\s?u\\s?m");
    expect(expandPattern("a{XY}", { XY: "b{spaced:ab}" })).toBe("a(?:ba\\s?b)");
    expect(() => expandPattern("{NOPE}", {})).toThrow();
  });
});
