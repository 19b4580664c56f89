/**
 * The whole pipeline on real Algemene Rekenkamer letters (excerpts of shared/corpus/rekenkamer/,
 * see test/fixtures/rekenkamer-excerpts.ts): header facts flow into relations with one-sentence evidence.
 */
import { describe, expect, it } from "vitest";
import { ExtractionSchema } from "../model/extraction.ts";
import { Y2012, Y2013, Y2019, Y2023, Y2025 } from "../../test/fixtures/rekenkamer-excerpts.ts";
import { extractDocument } from "./extract-document.ts";

const run = (name: string, text: string) => {
  const r = ExtractionSchema.parse(extractDocument(name, text));
  return { r, text, rels: r.relations.map((x) => `${x.type} ${x.source} -> ${x.target}`) };
};

describe("extractDocument on Rekenkamer letters", () => {
  it("2019: committee asked, Rekenkamer answered, president chairs, secretaris employed — with the rule rows", () => {
    const { r, rels, text } = run("ar-2019.txt", Y2019);
    expect(r.document).toMatchObject({ kind: "vragenlijst", number: "19005348 R", date: "2019-06-05" });
    expect(rels).toEqual(expect.arrayContaining([
      "ASKED commissie-ienw -> @doc", "ANSWERED ark -> @doc", "CHAIRS person:visser -> ark", "EMPLOYED_BY person:c-van-der-werf -> ark",
      // the Speaker is the Kamerlid Arib of the knowledge base on the letter's date
      "CHAIRS person:arib-k-1960 -> tweede-kamer",
    ]));
    const asked = r.relations.find((x) => x.type === "ASKED")!;
    expect(asked.provenance).toMatchObject({ rule: "ar.asker.door-gestelde-vragen", section: "body" });
    expect(asked.evidence).toBe(text.slice(asked.provenance!.start, asked.provenance!.end).replace(/\s+/g, " ").trim());
    expect(asked.evidence).toMatch(/^Hierbij bieden wij u .* gestelde vragen over .*\.$/);
    expect(r.relations.find((x) => x.type === "CHAIRS")!.provenance!.rule).toBe("ar.signer.president");
  });

  it("never merges the secretaris into MP Hanneke van der Werf", () => {
    for (const [y, text] of [["Y2019", Y2019], ["Y2023", Y2023], ["Y2025", Y2025]] as const) {
      const { r } = run(y, text);
      expect(r.entities.some((e) => e.id === "person:van-der-werf"), y).toBe(false);
      expect(r.entities.find((e) => e.id === "person:c-van-der-werf"), y).toBeDefined();
    }
  });

  it("2012 and 2013: old letterheads, one or several committees", () => {
    expect(run("ar-2012.txt", Y2012).rels).toEqual(expect.arrayContaining(["ASKED commissie-rijksuitgaven -> @doc", "ANSWERED ark -> @doc", "EMPLOYED_BY person:van-schoten -> ark"]));
    expect(run("ar-2013.txt", Y2013).rels).toEqual(expect.arrayContaining([
      "ASKED commissie-rijksuitgaven -> @doc", "ASKED commissie-financien -> @doc", "ASKED commissie-onderwijs -> @doc", "ASKED commissie-szw -> @doc",
      "ASKED commissie-voor-wonen-en-rijksdienst -> @doc",
    ]));
  });

  it("2025: a letter without questions still reads who asked and who answered", () => {
    const { r, rels } = run("ar-2025.txt", Y2025);
    expect(r.document.kind).toBe("kamerbrief");
    expect(rels).toEqual(expect.arrayContaining(["ASKED commissie-bho -> @doc", "ANSWERED ark -> @doc", "CHAIRS person:irrgang -> ark", "EMPLOYED_BY person:c-van-der-werf -> ark"]));
  });

  it("2023: one ASKED and one ANSWERED, each quoting the covering sentence", () => {
    const { r } = run("ar-2023.txt", Y2023);
    const frame = r.relations.filter((x) => x.type === "ASKED" || x.type === "ANSWERED");
    expect(frame.map((x) => `${x.type} ${x.source}`)).toEqual(["ASKED commissie-ienw", "ANSWERED ark"]);
    for (const x of frame) expect(x.evidence).toMatch(/^Hierbij bieden wij u onze antwoorden aan op de door de Vaste commissie voor Infrastructuur en Waterstaat gestelde vragen/);
  });
});
