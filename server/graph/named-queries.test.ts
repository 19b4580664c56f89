import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors.ts";
import { allNamedQueries, loadNamedQuery, parseNamedQuery, resolveParams } from "./named-queries.ts";

describe("named queries", () => {
  it("has the documented set, each with a description and declared returns", () => {
    const queries = allNamedQueries();
    expect(queries.map((q) => q.name)).toEqual([
      "actor-commitments",
      "coi-adviser-part-of-advisee",
      "coi-commissions-own-foundation",
      "coi-employee-on-board",
      "entity-documents",
      "neighbourhood",
      "office-holder-on-date",
      "relation-evidence",
      "shortest-paths",
    ]);
    for (const q of queries) {
      expect(q.description.length, q.name).toBeGreaterThan(30);
      expect(q.returns.length, q.name).toBeGreaterThan(0);
    }
  });

  it("refuses a query that uses an undeclared parameter", () => {
    expect(() => parseNamedQuery("x", "// x: test\n// @returns n\nMATCH (n {key: $key}) RETURN n")).toThrow(/\$key without an @param/);
  });

  it("types --param values from the header, with defaults", () => {
    const q = loadNamedQuery("actor-commitments");
    expect(resolveParams(q, { actor: "bzk", status: "overdue" }, "2026-11-23")).toEqual({ actor: "bzk", status: "overdue", asOf: "2026-11-23" });
    expect(resolveParams(q, { asOf: "2020-01-31" }, "2026-11-23")).toEqual({ actor: null, status: "all", asOf: "2020-01-31" });
    expect(resolveParams(loadNamedQuery("neighbourhood"), { key: "ubr", depth: "2" })).toEqual({ key: "ubr", depth: 2, limit: 100 });
  });

  it("reports every problem at once", () => {
    const q = loadNamedQuery("neighbourhood");
    let error: unknown;
    try {
      resolveParams(q, { depth: "two", colour: "red" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/unknown parameter "colour"/);
    expect((error as Error).message).toMatch(/missing parameter "key"/);
    expect((error as Error).message).toMatch(/"two" is not an integer/);
    expect(() => resolveParams(loadNamedQuery("actor-commitments"), { asOf: "23-11-2026" })).toThrow(/not a date/);
  });

  it("names the known queries when one is missing", () => {
    expect(() => loadNamedQuery("nope")).toThrow(/Known: actor-commitments/);
  });
});
