import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { flatten } from "./flat-text.ts";
import { CLAUSES, GRAMMAR_LISTS, officeOf } from "./kamervraag-grammar.ts";
import { findClauses } from "./kamervraag-header.ts";

const rows = (JSON.parse(readFileSync(new URL("./kamervraag-grammar.json", import.meta.url), "utf8")) as { clauses: Array<{ id: string; match: string; until: string[] }> }).clauses;

describe("kamervraag grammar rows", () => {
  const clausesOf = (text: string, id: string) => findClauses(flatten(text).flat).filter((c) => c.row.id === id);

  for (const row of CLAUSES) {
    it(`${row.id}: every example reads as the clause, no counterexample does`, () => {
      expect(row.examples.length).toBeGreaterThan(0);
      for (const ex of row.examples) expect(clausesOf(ex, row.id), ex).not.toHaveLength(0);
      for (const ex of row.counterexamples) expect(clausesOf(ex, row.id), ex).toHaveLength(0);
    });
  }

  it("keeps every template short (no long patterns in data either)", () => {
    for (const r of rows) for (const t of [r.match, ...r.until]) expect(t.length, r.id).toBeLessThanOrEqual(160);
  });

  it("every list word that carries an example occurs in it", () => {
    const squash = (s: string) => s.toLowerCase().replace(/\s+/g, "");
    for (const [name, list] of Object.entries(GRAMMAR_LISTS)) {
      expect(list.reason, name).toBeTruthy();
      for (const w of list.words) if (w.example) expect(squash(w.example), `${name}: ${w.word}`).toContain(squash(w.word));
    }
  });

  it("maps misspelt and plural offices to their office", () => {
    expect(officeOf("Staatsecretaris")).toEqual({ office: "staatssecretaris", plural: false });
    expect(officeOf("Ministers")).toEqual({ office: "minister", plural: true });
    expect(officeOf("minster")).toEqual({ office: "minister", plural: false });
    expect(officeOf("premier")).toEqual({ office: "minister-president", plural: false });
    expect(officeOf("burgemeester")).toBeNull();
  });
});
