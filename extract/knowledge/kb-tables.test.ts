import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.ts";
import { applyCorrections, buildKbTable, kbTable, KB_TABLES } from "./kb-tables.ts";

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and CRLF", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n1,\n')).toEqual([{ a: "x, y", b: 'say "hi"' }, { a: "1", b: "" }]);
  });
  it("refuses a row with the wrong number of fields", () => {
    expect(() => parseCsv("a,b\n1,2,3\n")).toThrow(/row 2: 3 fields/);
  });
});

describe("corrections", () => {
  const rows = [{ rowId: "t.csv:2", fields: { name: "A", end: "2025-06-01", use: "yes" }, corrections: [] }];
  const base = { file: "t.csv", reason: "r", source: "s" };
  it("set changes matching rows and records the correction id", () => {
    const out = applyCorrections("t.csv", rows, [{ ...base, id: "fix", action: "set", where: { name: "A" }, set: { end: "2025-06-03" } }]);
    expect(out[0]).toMatchObject({ rowId: "t.csv:2", fields: { end: "2025-06-03" }, corrections: ["fix"] });
  });
  it("a set that matches nothing is an error, not a silent no-op", () => {
    expect(() => applyCorrections("t.csv", rows, [{ ...base, id: "stale", action: "set", where: { name: "B" }, set: { end: "x" } }])).toThrow(/stale/);
  });
  it("add gives new rows an id that names the correction", () => {
    const out = applyCorrections("t.csv", rows, [{ ...base, id: "add-b", action: "add", row: { name: "B" } }]);
    expect(out[1]).toMatchObject({ rowId: "corrections.json:add-b#0", fields: { name: "B", end: "", source: "s" } });
  });
  it("office rows marked review are dropped", () => {
    const csv = "person_id,use\np1,yes\np2,review\n";
    expect(buildKbTable("people_offices", csv, []).map((r) => r.fields.person_id)).toEqual(["p1"]);
  });
});

describe("the shipped tables", () => {
  it("load with every correction applying", () => {
    for (const name of KB_TABLES) expect(kbTable(name).length).toBeGreaterThan(100);
  });
  it("carry the sourced fixes (Szabó left on 3 June 2025)", () => {
    const szabo = kbTable("people_offices").find((r) => r.fields.full_name === "Zsolt Szabó" && r.fields.start === "2024-07-02");
    expect(szabo?.fields.end).toBe("2025-06-03");
    expect(szabo?.corrections).toContain("fix-szabo-end");
  });
});
