/**
 * The whole pipeline on documents of the genres the seeds do not cover:
 * an Aanhangsel PDF-text Kamervraag (page furniture, combined answers), a short
 * Kamerbrief with signature, and an Algemene Rekenkamer letter signed for the
 * organisation. Texts written for these tests in the style of the real ones.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ExtractionSchema } from "../model/extraction.ts";
import { extractDocument } from "./extract-document.ts";

const load = (name: string) => readFileSync(new URL(`../../test/fixtures/pipeline/${name}`, import.meta.url), "utf8");
const facts = (name: string) => {
  const text = load(name);
  const r = extractDocument(name, text);
  return { r, text, rels: r.relations.map((x) => `${x.type} ${x.source} -> ${x.target}`) };
};

describe("extractDocument on an Aanhangsel PDF-text Kamervraag", () => {
  const { r, text, rels } = facts("aanhangsel-kamervraag.txt");

  it("reads the frame: number from the page header, dates, askers with parties, the answering office holder", () => {
    expect(r.document).toMatchObject({ kind: "kamervraag", number: "ah-tk-20232024-1234", date: "2024-04-04", submitted: "2024-03-12" });
    expect(rels).toEqual(expect.arrayContaining([
      "ASKED person:six-dijkstra -> @doc", "MEMBER_OF person:six-dijkstra -> nsc", "ASKED person:kathmann -> @doc",
      "ANSWERED person:van-huffelen -> @doc", "HOLDS_OFFICE person:van-huffelen -> bzk",
    ]));
  });

  it("reads the answer's relations with the right direction and subject", () => {
    expect(rels).toEqual(expect.arrayContaining([
      "PART_OF logius -> bzk", "RESPONSIBLE_FOR logius -> digid", "CONTRACTED logius -> centric",
      "INVESTIGATED acict -> digid", "ADVISED acict -> logius", "COMMISSIONED person:van-huffelen -> adr",
    ]));
    expect(rels).not.toContain("ADVISED digid -> logius");
  });

  it("does not read a negated advice", () => {
    expect(rels.filter((x) => x.startsWith("ADVISED"))).toEqual(["ADVISED acict -> logius"]);
  });

  it("finds the minister's promises with their deadline, not the facts", () => {
    expect(r.commitments.map((c) => [c.actor, c.due])).toEqual([["person:van-huffelen", null], ["person:van-huffelen", "2024-07-01"]]);
  });

  it("quotes every fact from the original text at its span", () => {
    for (const rel of r.relations) {
      const p = rel.provenance!;
      expect(text.slice(p.start, p.end).replace(/\s+/g, " ")).toContain(rel.evidence.replace(/\s+/g, " ").slice(0, 20));
    }
    for (const e of r.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("produces a result the schema accepts", () => {
    expect(() => ExtractionSchema.parse(r)).not.toThrow();
  });
});

describe("extractDocument on a short Kamerbrief", () => {
  const { r, rels } = facts("korte-kamerbrief.txt");
  it("reads the signature, the letter's relations and its dated promise", () => {
    expect(r.document).toMatchObject({ kind: "kamerbrief", number: "26643 nr. 1250", date: "2025-02-03" });
    expect(rels).toEqual(expect.arrayContaining([
      "HOLDS_OFFICE person:szabo -> bzk", "PART_OF rvig -> bzk", "RESPONSIBLE_FOR rvig -> brp", "FUNDED bzk -> ictu",
      "CONTRACTED rvig -> capgemini", "ADVISED acict -> person:szabo",
    ]));
    expect(r.commitments).toEqual([expect.objectContaining({ actor: "person:szabo", due: "2025-06-30", kind: "inform_parliament" })]);
  });
});

describe("extractDocument on an Algemene Rekenkamer letter", () => {
  const { r, rels } = facts("rekenkamer-brief.txt");
  it("treats 'wij' as the Rekenkamer and reads its audit findings", () => {
    expect(r.document).toMatchObject({ kind: "kamerbrief", date: "2025-05-14" });
    expect(rels).toEqual(expect.arrayContaining([
      "INVESTIGATED ark -> fin", "INVESTIGATED ark -> belastingdienst", "PART_OF adr -> fin", "COMMISSIONED fin -> adr",
      "CHAIRS person:visser -> ark", "EMPLOYED_BY person:vendrik -> ark",
    ]));
  });
});

describe("extractDocument on anything else", () => {
  it.each([["empty", ""], ["binary", "\u0000\u0001\u0002PK\u0003\u0004"], ["prose", "Dit is een gewone tekst zonder structuur. De minister van Financiën schreef iets."]])("does not crash on %s input", (_n, text) => {
    const r = extractDocument("x.txt", text);
    expect(() => ExtractionSchema.parse(r)).not.toThrow();
  });
});
