import { describe, expect, it } from "vitest";
import { formatCell, formatTable } from "./format-table.ts";

describe("formatTable", () => {
  it("aligns columns and renders nulls, lists and maps", () => {
    const table = formatTable(["key", "docKeys", "n"], [
      { key: "FUNDED|ubr|ntf", docKeys: ["000"], n: 1 },
      { key: "X", docKeys: null, n: 12 },
    ]);
    expect(table.split("\n")).toEqual([
      "key             docKeys  n",
      "--------------  -------  --",
      'FUNDED|ubr|ntf  ["000"]  1',
      "X                        12",
    ]);
  });

  it("cuts long cells and flattens line breaks", () => {
    expect(formatCell("a\nb  c", 10)).toBe("a b c");
    expect(formatCell("x".repeat(20), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
