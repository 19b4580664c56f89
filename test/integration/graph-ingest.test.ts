import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestExtractions, removeDocuments, type IngestInput } from "../../server/graph/ingest.ts";
import { ingestDocuments } from "../../server/graph/ingest-documents.ts";
import { renameKeys } from "../fixtures/rename-keys.ts";
import { goldFixtures } from "../fixtures/gold-to-extraction.ts";
import { deleteScope, scopeCounts, scopedFixtures } from "../fixtures/graph-scope.ts";
import { testGateway } from "../support/test-neo4j.ts";
import type { Gateway } from "../../server/db/gateway.ts";
import { loadCypher } from "../../server/db/load-cypher.ts";
import { documentKey } from "../../server/graph/keys.ts";

// Fixed prefix (not random) so leftovers of a crashed run are cleaned at the start.
const prefix = "test:graph-ingest:";
const gateway = testGateway();
const fixtures = scopedFixtures(prefix);
const doc = (n: string) => fixtures.find((f) => f.file.includes(`${n}_`))!;
const key = (k: string) => prefix + k;

beforeAll(async () => {
  await deleteScope(gateway, prefix);
});

afterAll(async () => {
  await deleteScope(gateway, prefix);
  await gateway.close();
});

async function relation(type: string, source: string, target: string) {
  const rows = await gateway.read(
    `MATCH (:Entity {key: $source})-[r]->(b {key: $target}) WHERE type(r) = $type
     RETURN r.key AS key, r.evidenceCount AS evidenceCount, r.docKeys AS docKeys, r.firstDate AS firstDate, r.lastDate AS lastDate`,
    { source: key(source), target: key(target), type },
  );
  return rows[0];
}

describe("ingestExtractions (gold fixtures of the five seeds)", () => {
  it("writes documents, entities, facts with evidence, and dates as Neo4j dates", async () => {
    const result = await ingestExtractions(gateway, fixtures);
    expect(result.ingested).toHaveLength(5);
    expect(result.failed).toEqual([]);
    expect(result.dropped).toEqual([]);

    const counts = await scopeCounts(gateway, prefix);
    expect(counts.nodes.Document).toBe(5);
    expect(counts.nodes.Evidence).toBe(76); // 26 + 10 + 22 + 13 + 5 gold relations
    expect(counts.nodes.Commitment).toBe(34);
    expect(counts.relationships.FUNDED).toBeGreaterThan(0);

    const funded = await relation("FUNDED", "ubr", "ntf");
    expect(funded).toMatchObject({ key: `FUNDED|${key("ubr")}|${key("ntf")}`, evidenceCount: 1, docKeys: [key("000_b27fdd294b83071a")], firstDate: "2022-10-21" });
    // Stated in two documents: one relationship, two Evidence nodes.
    expect(await relation("INVESTIGATED", "ark", "jenv")).toMatchObject({ evidenceCount: 2, docKeys: [key("002_1b46ab105e71f401"), key("003_441c80d5e03e44a0")] });

    const types = await gateway.read("MATCH (d:Document {key: $key}) RETURN valueType(d.date) AS dateType, valueType(d.submitted) AS submittedType", {
      key: key("000_b27fdd294b83071a"),
    });
    expect(types[0]).toEqual({ dateType: "DATE NOT NULL", submittedType: "DATE NOT NULL" });

    const evidence = await gateway.read(
      `MATCH (e:Evidence {relKey: $relKey})-[:IN]->(d:Document), (e)-[:SUPPORTS]->(s:Entity)
       RETURN e.quote AS quote, e.start AS start, e.end AS end, d.text AS text, s.key AS source`,
      { relKey: funded!.key },
    );
    expect(evidence).toHaveLength(1);
    const e = evidence[0]!;
    expect(String(e.text).slice(Number(e.start), Number(e.end))).toBe(e.quote);
    expect(e.source).toBe(key("ubr"));

    const mention = await gateway.read(
      `MATCH (m:Mention {docKey: $docKey, text: 'UBR'})-[r:REFERS_TO]->(x:Entity) RETURN x.key AS entity, r.rule AS rule, r.reason AS reason LIMIT 1`,
      { docKey: key("000_b27fdd294b83071a") },
    );
    expect(mention[0]).toMatchObject({ entity: key("ubr"), rule: "fixture.gold-alias" });

    const question = await gateway.read(
      `MATCH (:Document {key: $docKey})-[:HAS_QUESTION]->(q:Question {number: 3})-[m:MENTIONS]->(x:Entity {key: $his}) RETURN q.question AS question, m.count AS count`,
      { docKey: key("000_b27fdd294b83071a"), his: key("his") },
    );
    expect(question[0]!.question).toContain("adviezen");
    expect(Number(question[0]!.count)).toBeGreaterThan(0);
  });

  it("leaves identical node and relationship counts after a second ingest, skipped or forced", async () => {
    const before = await scopeCounts(gateway, prefix);
    const again = await ingestExtractions(gateway, fixtures);
    expect(again.skippedUnchanged).toHaveLength(5);
    expect(again.ingested).toEqual([]);
    expect(await scopeCounts(gateway, prefix)).toEqual(before);

    const forced = await ingestExtractions(gateway, fixtures, { force: true, batchRows: 50 });
    expect(forced.ingested).toHaveLength(5);
    expect(forced.deletedRelationships).toBe(0);
    expect(forced.deletedEntities).toBe(0);
    expect(await scopeCounts(gateway, prefix)).toEqual(before);
  });

  it("replaces an edited document without stale evidence, entities or relationships", async () => {
    const original = doc("000");
    const his = key("his");
    const fundedQuote = "De betrokkene deed dit in overleg met en met financiële steun van UBR.";
    const edited: IngestInput = {
      file: original.file,
      text: original.text.replace(fundedQuote, "De betrokkene deed dit op eigen houtje."),
      extraction: {
        ...original.extraction,
        entities: original.extraction.entities.filter((e) => e.id !== his),
        relations: original.extraction.relations.filter((r) => r.source !== his && r.target !== his && r.type !== "FUNDED"),
      },
    };
    // The same fact lost in 003 but still stated in 002.
    const original003 = doc("003");
    const edited003: IngestInput = {
      ...original003,
      text: original003.text + "\nGewijzigd.\n",
      extraction: { ...original003.extraction, relations: original003.extraction.relations.filter((r) => r.type !== "INVESTIGATED" || r.source !== key("ark") || r.target !== key("jenv")) },
    };

    const result = await ingestExtractions(gateway, [...fixtures.filter((f) => f !== original && f !== original003), edited, edited003]);
    expect(result.ingested.sort()).toEqual([key("000_b27fdd294b83071a"), key("003_441c80d5e03e44a0")]);
    expect(result.skippedUnchanged).toHaveLength(3);

    expect(await relation("FUNDED", "ubr", "ntf")).toBeUndefined();
    expect(await relation("ADVISED", "his", "ubr")).toBeUndefined();
    expect(await relation("INVESTIGATED", "ark", "jenv")).toMatchObject({ evidenceCount: 1, docKeys: [key("002_1b46ab105e71f401")] });
    const stale = await gateway.read(
      `MATCH (e:Evidence) WHERE e.docKey STARTS WITH $prefix AND (e.quote = $quote OR e.sourceKey = $his OR e.relKey CONTAINS $his) RETURN count(e) AS n`,
      { prefix, quote: fundedQuote, his },
    );
    expect(stale[0]!.n).toBe(0);
    expect(await gateway.read("MATCH (x:Entity {key: $his}) RETURN x", { his })).toEqual([]);
    const hisMentions = await gateway.read("MATCH (m:Mention)-[:REFERS_TO]->(:Entity {key: $his}) RETURN count(m) AS n", { his });
    expect(hisMentions[0]!.n).toBe(0);
    // Shared entities survive; UBR still has its other facts.
    expect(await relation("COMMISSIONED", "ubr", "ntf")).toMatchObject({ evidenceCount: 1 });
    const counts = await scopeCounts(gateway, prefix);
    expect(counts.nodes.Evidence).toBe(76 - 1 - 3 - 1); // FUNDED, three HIS facts, one INVESTIGATED
    expect(counts.nodes.Document).toBe(5);

    // Restoring the original text brings everything back exactly.
    const restored = await ingestExtractions(gateway, fixtures);
    expect(restored.ingested.sort()).toEqual([key("000_b27fdd294b83071a"), key("003_441c80d5e03e44a0")]);
    expect(await relation("FUNDED", "ubr", "ntf")).toMatchObject({ evidenceCount: 1 });
    expect((await scopeCounts(gateway, prefix)).nodes.Evidence).toBe(76);
  });

  it("keeps one relationship for a fact stated in three documents, with three evidence nodes", async () => {
    const base = goldFixtures().find((f) => f.file.startsWith("000_"))!;
    const copies = ["copy-a:", "copy-b:"].map((copy) => ({
      file: `${prefix}${copy}${base.file}`,
      text: base.text,
      extraction: renameKeys(base.extraction, { filePrefix: prefix + copy, entityPrefix: prefix }),
    }));
    await ingestExtractions(gateway, copies);
    const funded = await relation("FUNDED", "ubr", "ntf");
    expect(funded!.evidenceCount).toBe(3);
    expect((funded!.docKeys as string[]).length).toBe(3);
    const count = await gateway.read(`MATCH (:Entity {key: $ubr})-[r:FUNDED]->(:Entity {key: $ntf}) RETURN count(r) AS n`, { ubr: key("ubr"), ntf: key("ntf") });
    expect(count[0]!.n).toBe(1);
  });
});

describe("removeDocuments", () => {
  it("removes a document and what only it stated; shared facts keep their other evidence", async () => {
    const result = await removeDocuments(gateway, [key("003_441c80d5e03e44a0"), key("no-such-document")]);
    expect(result.removed).toEqual([key("003_441c80d5e03e44a0")]);
    expect(result.deletedEntities).toBeGreaterThan(0);
    expect(await relation("INVESTIGATED", "ark", "jenv")).toMatchObject({ evidenceCount: 1, docKeys: [key("002_1b46ab105e71f401")] });
    const left = await gateway.read(
      `MATCH (n) WHERE n.docKey = $docKey OR n.key = $docKey RETURN count(n) AS n`,
      { docKey: key("003_441c80d5e03e44a0") },
    );
    expect(left[0]!.n).toBe(0);
    // Entities only 003 mentioned are gone; BZK (mentioned everywhere) stays.
    const orphans = await gateway.read(
      `MATCH (x:Entity) WHERE x.key STARTS WITH $prefix AND NOT EXISTS { (:Document)-[:MENTIONS]->(x) } RETURN count(x) AS n`,
      { prefix },
    );
    expect(orphans[0]!.n).toBe(0);
    expect(await gateway.read("MATCH (x:Entity {key: $key}) RETURN x.key AS key", { key: key("bzk") })).toEqual([{ key: key("bzk") }]);
    // Ingesting it again restores it.
    const again = await ingestExtractions(gateway, [doc("003")]);
    expect(again.ingested).toEqual([key("003_441c80d5e03e44a0")]);
    expect(await relation("INVESTIGATED", "ark", "jenv")).toMatchObject({ evidenceCount: 2 });
  });
});

describe("ingestDocuments (validation before extraction)", () => {
  it("rejects malformed documents with their reason while the others land", async () => {
    const byName = new Map(fixtures.map((f) => [f.file, f.extraction]));
    const good = doc("004");
    const documents = [
      { name: `${prefix}empty.txt`, content: new Uint8Array(0) },
      { name: `${prefix}binary.txt`, content: Uint8Array.from([0x00, 0x01, 0x02, 0x03, 0x0a, 0x00, 0x00]) },
      // read by content, not by name: a PDF header makes it a PDF, and this one is cut off
      { name: `${prefix}cut.txt`, content: Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x0a, 0x00, 0x00]) },
      { name: `${prefix}latin1.txt`, content: Uint8Array.from([...new TextEncoder().encode("Brief over het caf"), 0xe9, 0x0a]) },
      { name: `${prefix}truncated.txt`, content: new TextEncoder().encode("Een brief over één").subarray(0, 18) },
      { name: `${prefix}huge.txt`, content: "x".repeat(60_000) },
      { name: `${prefix}unknown-layout.txt`, content: "Boodschappenlijst: melk, brood, kaas." },
      { name: good.file, content: good.text + "\nNieuw slot.\n" },
    ];
    const result = await ingestDocuments(gateway, documents, {
      maxBytes: 50_000,
      // The extractor is not under test here: known documents get their gold extraction.
      extract: (file) =>
        byName.get(file) ?? { file, document: { kind: "unknown", number: null, title: null, date: null, submitted: null }, entities: [], relations: [], commitments: [] },
    });
    const reasons = Object.fromEntries(result.rejected.map((r) => [r.name.slice(prefix.length), r.code]));
    expect(reasons).toEqual({
      "empty.txt": "empty",
      "binary.txt": "binary",
      "cut.txt": "truncated",
      "latin1.txt": "invalid-utf8",
      "truncated.txt": "truncated",
      "huge.txt": "too-large",
      "unknown-layout.txt": "nothing-extracted",
    });
    for (const r of result.rejected) expect(r.reason).toMatch(/\w{4,}/);
    expect(result.ingested).toEqual([key("004_917547e348d9f8fe")]);
    const docs = await gateway.read("MATCH (d:Document) WHERE d.key STARTS WITH $prefix RETURN count(d) AS n", { prefix });
    expect(docs[0]!.n).toBe(7); // the five seeds and two copies; nothing from the rejects
  });
});

describe("ingestDocuments (one look at the stored hashes)", () => {
  /** The real gateway, counting the statements it reads. */
  function countingReads(real: Gateway): { gateway: Gateway; count: (statement: string) => number } {
    const seen: string[] = [];
    const gateway = new Proxy(real, {
      get(target, property) {
        if (property === "read") return (statement: string, ...rest: unknown[]) => (seen.push(statement), (target.read as (...a: unknown[]) => unknown)(statement, ...rest));
        const value = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    return { gateway, count: (statement) => seen.filter((s) => s === statement).length };
  }

  it("reads the stored hashes once when new, changed and unchanged documents are ingested together", async () => {
    const hashes = loadCypher("ingest/document-hashes");
    const byName = new Map(fixtures.map((f) => [f.file, f.extraction]));
    const [a, b] = [doc("000"), doc("001")];
    // Texts of their own: the seeds' texts may be in the shared database under their real keys (a duplicate is refused).
    const own = (text: string, tag: string) => `${text}\n${prefix}${tag}\n`;
    const extract = (file: string) => byName.get(file) ?? { ...a.extraction, file };
    await ingestDocuments(gateway, [{ name: a.file, content: own(a.text, "a") }], { extract });
    const counting = countingReads(gateway);
    const result = await ingestDocuments(counting.gateway, [
      { name: a.file, content: own(a.text, "a") }, // unchanged
      { name: b.file, content: own(b.text, "b") }, // changed
      { name: `${prefix}new_0000000000000000.txt`, content: own(a.text, "new") }, // new
    ], { extract });
    expect(result.rejected).toEqual([]);
    expect(result.skippedUnchanged).toEqual([documentKey(a.file)]);
    expect(result.ingested).toEqual([documentKey(b.file), documentKey(`${prefix}new_0000000000000000.txt`)]);
    expect(counting.count(hashes)).toBe(1);
  });
});

