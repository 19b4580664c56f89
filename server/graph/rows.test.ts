import { describe, expect, it } from "vitest";
import { ExtractionSchema, type Extraction } from "../../extract/model/extraction.ts";
import { buildRows, resolutionReason, sha256 } from "./rows.ts";
import { parseRelationKey } from "./keys.ts";

const text = [
  "Vraag 1", // 0..7
  "Wie financierde de stichting?",
  "Antwoord",
  "De Uitvoeringsorganisatie Bedrijfsvoering Rijk (UBR) financierde stichting NTF. UBR gaf NTF ook een opdracht.",
  "Ik stuur u voor 1 maart 2023 een brief.",
].join("\n");

function extraction(overrides: Partial<Extraction> = {}): Extraction {
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const ubrLong = at("Uitvoeringsorganisatie Bedrijfsvoering Rijk");
  const ubrShort = at("UBR", ubrLong + 60);
  const answerStart = at("De Uitvoeringsorganisatie");
  const fundedSentence = "De Uitvoeringsorganisatie Bedrijfsvoering Rijk (UBR) financierde stichting NTF.";
  const span = (quote: string, rule: string, section: string | null = "a1") => ({ section, start: at(quote), end: at(quote) + quote.length, rule });
  const nowhere = { section: null, start: 0, end: 1, rule: "test.unused" };
  return ExtractionSchema.parse({
    file: "007_abc.txt",
    document: { kind: "kamervraag", number: "2023Z1", title: "T", date: "2023-02-01", submitted: "not a date" },
    entities: [
      {
        id: "ubr",
        type: "Organisation",
        subtype: "agency",
        name: "Uitvoeringsorganisatie Bedrijfsvoering Rijk",
        aliases: ["UBR"],
        mentions: [
          { text: "Uitvoeringsorganisatie Bedrijfsvoering Rijk", start: ubrLong, end: ubrLong + 43, section: "a1", rule: "lex.ubr" },
          { text: "UBR", start: ubrShort, end: ubrShort + 3, section: "a1", rule: "lex.ubr" },
        ],
        merges: [{ surface: "UBR", rule: "resolve.acronym", reason: "defined in parentheses" }],
      },
      { id: "ntf", type: "Organisation", subtype: "knowledge group", name: "New Trust Foundation", aliases: ["NTF"], mentions: [] },
      { id: "minister", type: "Person", name: "De minister", aliases: [] },
    ],
    relations: [
      { type: "FUNDED", source: "ubr", target: "ntf", evidence: fundedSentence, provenance: { section: "a1", start: answerStart, end: answerStart + fundedSentence.length, rule: "rel.funded" } },
      // Same fact again in the same sentence: one relationship, one evidence.
      { type: "FUNDED", source: "ubr", target: "ntf", evidence: fundedSentence, provenance: { section: "a1", start: answerStart, end: answerStart + fundedSentence.length, rule: "rel.funded" } },
      // Provenance without a section: the section is the segment the span starts in.
      { type: "COMMISSIONED", source: "ubr", target: "ntf", evidence: "UBR gaf NTF ook een opdracht.", provenance: span("UBR gaf NTF ook een opdracht.", "rel.commissioned", null) },
      { type: "ANSWERED", source: "minister", target: "@doc", evidence: "Ik stuur u", provenance: span("Ik stuur u", "header.answerer") },
      { type: "ADVISED", source: "ubr", target: "ntf", evidence: "x", negated: true, provenance: nowhere },
      { type: "ADVISED", source: "ghost", target: "ntf", evidence: "x", provenance: nowhere },
      { type: "ASKED", source: "minister", target: "ntf", evidence: "x", provenance: nowhere },
      // A span the text cannot hold (an extraction of another version of the text).
      { type: "EMPLOYED_BY", source: "minister", target: "ubr", evidence: "x", provenance: { section: null, start: text.length - 2, end: text.length + 40, rule: "rel.employed" } },
    ],
    commitments: [
      { actor: "minister", text: "brief sturen", due: "2023-03-01", due_text: "voor 1 maart 2023", evidence: "Ik stuur u voor 1 maart 2023 een brief.", about: ["ntf", "ghost"], provenance: span("Ik stuur u voor 1 maart 2023 een brief.", "commit.send", null) },
      { actor: "ghost", text: "x", due: null, due_text: null, evidence: "x", provenance: nowhere },
      { actor: "minister", text: "y", due: null, due_text: null, evidence: "y", provenance: { section: "a1", start: 5, end: text.length + 1, rule: "commit.x" } },
    ],
    segments: [
      { id: "q1", kind: "question", number: 1, start: 8, end: 37 },
      { id: "a1", kind: "answer", number: 1, start: 47, end: text.length },
    ],
    ...overrides,
  });
}

describe("buildRows", () => {
  const rows = buildRows(extraction(), text);

  it("keys the document by file stem, hashes the text, keeps only ISO dates", () => {
    expect(rows.document).toMatchObject({ key: "007_abc", file: "007_abc.txt", date: "2023-02-01", submitted: null, chars: text.length });
    expect(rows.document.sha256).toBe(sha256(text));
  });

  it("pairs question and answer segments into Question rows", () => {
    expect(rows.questions).toHaveLength(1);
    expect(rows.questions[0]).toMatchObject({ key: "007_abc#q1", number: 1, question: "Wie financierde de stichting?" });
    expect(rows.questions[0]!.answer).toContain("financierde stichting NTF");
  });

  it("derives entity kind and the full-text alias string", () => {
    const ubr = rows.entities.find((e) => e.key === "ubr")!;
    expect(ubr).toMatchObject({ kind: "agency", aliasText: "UBR" });
    expect(rows.entities.find((e) => e.key === "ntf")!.kind).toBe("other");
    expect(rows.entities.find((e) => e.key === "minister")!.kind).toBeNull();
  });

  it("records why each mention resolved to its entity", () => {
    const byText = Object.fromEntries(rows.mentions.map((m) => [m.text, m]));
    expect(byText["UBR"]).toMatchObject({ refRule: "resolve.acronym", refReason: "defined in parentheses", questionKey: "007_abc#q1" });
    expect(byText["Uitvoeringsorganisatie Bedrijfsvoering Rijk"]!.refRule).toBe("resolve.name");
    expect(rows.mentions[0]!.key).toMatch(/^007_abc:\d+-\d+$/);
  });

  it("counts mentions per document (every entity, even without spans) and per question", () => {
    expect(rows.documentMentions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: "007_abc", entityKey: "ubr", count: 2 }),
        expect.objectContaining({ from: "007_abc", entityKey: "ntf", count: 0 }),
      ]),
    );
    expect(rows.questionMentions).toEqual([{ from: "007_abc#q1", entityKey: "ubr", count: 2 }]);
    // What this document says the entity is called and is: aliases and kind are recomputed from these rows.
    const ubr = rows.documentMentions.find((m) => m.entityKey === "ubr")!;
    expect(Array.isArray(ubr.aliases)).toBe(true);
    expect(ubr).toHaveProperty("kind");
  });

  it("builds one relation per TYPE|source|target and one evidence per statement", () => {
    expect(rows.relations.map((r) => r.key).sort()).toEqual(["ANSWERED|minister|doc:007_abc", "COMMISSIONED|ubr|ntf", "FUNDED|ubr|ntf"]);
    expect(rows.relations.find((r) => r.type === "ANSWERED")).toMatchObject({ targetKey: "007_abc", targetIsDocument: true });
    expect(rows.evidence).toHaveLength(3);
    const commissioned = rows.evidence.find((e) => e.relType === "COMMISSIONED")!;
    expect(text.slice(commissioned.start!, commissioned.end!)).toBe("UBR gaf NTF ook een opdracht.");
    expect(commissioned.section).toBe("a1");
    expect(commissioned.rule).toBe("rel.commissioned");
    expect(commissioned.key).toBe(`COMMISSIONED|ubr|ntf@007_abc:${commissioned.start}-${commissioned.end}`);
  });

  it("drops negated facts, dangling ids and wrong @doc use, with reasons", () => {
    expect(rows.dropped.map((d) => d.reason)).toEqual([
      "negated",
      "unknown source entity ghost",
      "ASKED must target @doc",
      `span ${text.length - 2}-${text.length + 40} is outside the text (${text.length} characters)`,
      "unknown actor ghost",
      `span 5-${text.length + 1} is outside the text (${text.length} characters)`,
    ]);
  });

  it("builds commitments with actor, known about-entities, span and date", () => {
    expect(rows.commitments).toHaveLength(1);
    const c = rows.commitments[0]!;
    expect(c).toMatchObject({ actorKey: "minister", aboutKeys: ["ntf"], due: "2023-03-01", dueText: "voor 1 maart 2023", section: "a1" });
    expect(c.key).toBe(`007_abc:c${text.indexOf("Ik stuur u voor")}`);
    expect(c).toMatchObject({ start: text.indexOf("Ik stuur u voor"), rule: "commit.send" });
  });

  it("is deterministic (same input, same rows)", () => {
    expect(buildRows(extraction(), text)).toEqual(rows);
  });
});

describe("resolutionReason", () => {
  it("explains unlisted surfaces as the extractor's choice", () => {
    const entity = extraction().entities[0]!;
    expect(resolutionReason(entity, "de uitvoeringsorganisatie").rule).toBe("resolve.extractor");
    expect(resolutionReason(entity, "ubr").rule).toBe("resolve.acronym");
  });
});

describe("parseRelationKey", () => {
  it("splits on the first two bars only", () => {
    expect(parseRelationKey("ASKED|leijten|doc:000_x")).toEqual({ type: "ASKED", sourceKey: "leijten", targetKey: "doc:000_x" });
  });
});
