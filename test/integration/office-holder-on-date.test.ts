/**
 * "Who was minister of BZK on 28 June 2024, and what did they answer?" answered from the graph:
 * real Aanhangsel PDFs answered or notified by minister De Jonge (BZK) in 2024 and one answered
 * by staatssecretaris Van Huffelen, extracted with the real pipeline, ingested under a key prefix,
 * the knowledge-base reference facts loaded, then the named query office-holder-on-date.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../extract/pipeline/extract-document.ts";
import { readDocument } from "../../server/graph/validate-document.ts";
import { ingestExtractions, type IngestInput } from "../../server/graph/ingest.ts";
import { loadReferenceFacts } from "../../server/graph/load-reference-facts.ts";
import { runNamedQuery } from "../../server/graph/named-queries.ts";
import { documentKey } from "../../server/graph/keys.ts";
import { deleteScope, scopeCounts } from "../fixtures/graph-scope.ts";
import { renameKeys } from "../fixtures/rename-keys.ts";
import { testGateway } from "../support/test-neo4j.ts";
import { startApi, type RunningApi } from "../support/api-server.ts";
import { EvidenceResponse } from "../../server/api/routes/relation-routes.ts";

const prefix = "test:office-holder-on-date:";
const gateway = testGateway();
const key = (k: string) => prefix + k;
const fixtures = join(import.meta.dirname, "../fixtures");
const files = ["files/ah-tk-20232024-1076.pdf", "files/ah-tk-20232024-1292.pdf", "gold-real/ah-tk-20232024-1999.pdf", "gold-real/ah-tk-20232024-878.pdf"];
const docKeys = files.map((f) => prefix + documentKey(f));
const ask = (params: Record<string, string>) => runNamedQuery(gateway, "office-holder-on-date", params, { timeoutMs: 20_000, rowCap: 1_000 });

beforeAll(async () => {
  await deleteScope(gateway, prefix);
  const inputs: IngestInput[] = [];
  for (const f of files) {
    const read = await readDocument(new Uint8Array(readFileSync(join(fixtures, f))), f);
    if (!read.ok) throw new Error(`${f}: ${read.reason}`);
    const x = extractDocument(f.split("/")[1]!, read.text, undefined, { furniture: read.meta.furniture });
    inputs.push({ file: prefix + x.file, text: read.text, extraction: renameKeys(x, { filePrefix: prefix, entityPrefix: prefix }) });
  }
  const result = await ingestExtractions(gateway, inputs);
  expect(result.failed).toEqual([]);
  await loadReferenceFacts(gateway, docKeys, { scope: prefix });
  api = await startApi(gateway);
}, 60_000);

let api: RunningApi;

afterAll(async () => {
  await api?.close();
  await deleteScope(gateway, prefix);
  await gateway.close();
});

describe("who held an office on a date, with the knowledge-base row and the documents as sources", () => {
  it("minister of BZK on 28 June 2024: Hugo de Jonge (people_offices.csv:589), and the documents he answered", async () => {
    const { rows } = await ask({ ministry: key("bzk"), date: "2024-06-28" });
    expect(new Set(rows.map((r) => r.person))).toEqual(new Set([key("person:de-jonge")]));
    expect(rows[0]).toMatchObject({ personName: "Hugo de Jonge", office: "minister", start: "2023-09-05",
      end: "2024-07-02", current: false, kbRow: "people_offices.csv:589" });
    expect(String(rows[0]!.kbSourceUrl)).toMatch(/^https:\/\/www\.wikidata\.org\//);
    const answered = rows.filter((r) => (r.acts as string[]).includes("ANSWERED"));
    expect(answered.map((r) => [r.docKey, r.docDate])).toEqual([
      [key("ah-tk-20232024-1076"), "2024-02-20"],
      [key("ah-tk-20232024-1292"), "2024-03-21"],
    ]);
    expect(String(answered[1]!.quote).replace(/\s+/g, " ")).toMatch(/Antwoord van [Mm]inister De Jonge \(Binnenlandse Zaken en Koninkrijksrelaties\)/);
    // the Mededeling of 7 June names him in office; it is a document of his around the date too
    expect(rows.find((r) => r.docKey === key("ah-tk-20232024-1999"))?.acts).toEqual(["HOLDS_OFFICE"]);
  });

  it("the window and the office narrow the answer: a staatssecretaris is not the minister", async () => {
    const near = await ask({ ministry: key("bzk"), date: "2024-06-28", days: "30" });
    expect(near.rows.map((r) => r.docKey)).toEqual([key("ah-tk-20232024-1999")]);
    const stas = await ask({ ministry: key("bzk"), date: "2024-01-26", office: "staatssecretaris" });
    expect(new Set(stas.rows.map((r) => r.person))).toEqual(new Set([key("person:van-huffelen")]));
    expect(stas.rows.find((r) => r.docKey === key("ah-tk-20232024-878"))?.acts).toContain("ANSWERED");
  });

  it("on 2 July 2024 the office changed hands; Uitermark is in no ingested document, so the graph has no holder", async () => {
    expect((await ask({ ministry: key("bzk"), date: "2024-07-02" })).rows).toEqual([]);
    expect((await ask({ ministry: key("bzk"), date: "2024-07-01" })).rows.map((r) => r.person)).toContain(key("person:de-jonge"));
  });

  it("reference facts stand apart from text facts and loading them again changes nothing", async () => {
    const [text] = await gateway.read(
      `MATCH (:Entity {key: $p})-[r:HOLDS_OFFICE]->(:Entity {key: $m}) WHERE r.origin IS NULL RETURN r.key AS key, r.evidenceCount AS n`,
      { p: key("person:de-jonge"), m: key("bzk") },
    );
    expect(text).toMatchObject({ key: `HOLDS_OFFICE|${key("person:de-jonge")}|${key("bzk")}` });
    expect(Number(text!.n)).toBeGreaterThanOrEqual(3);
    const before = await scopeCounts(gateway, prefix);
    const again = await loadReferenceFacts(gateway, docKeys, { scope: prefix });
    expect(again.deleted).toBe(0);
    expect(await scopeCounts(gateway, prefix)).toEqual(before);
  });

  it("the explorer's evidence route explains a reference fact by its knowledge-base row", async () => {
    const { rows } = await ask({ ministry: key("bzk"), date: "2024-06-28" });
    const [rel] = await gateway.read(`MATCH (:Entity {key: $p})-[r:HOLDS_OFFICE {origin: 'kb'}]->(:Entity {key: $m}) WHERE r.kbRow = $row RETURN r.key AS key`,
      { p: key("person:de-jonge"), m: key("bzk"), row: rows[0]!.kbRow });
    expect(rel!.key).toBe(`HOLDS_OFFICE|${key("person:de-jonge")}|${key("bzk")}#kb:people_offices.csv:589`);
    const response = await fetch(`${api.url}/api/relations/${encodeURIComponent(String(rel!.key))}/evidence`);
    expect(response.status).toBe(200);
    const body = EvidenceResponse.parse(await response.json());
    expect(body.evidence).toEqual([]);
    expect(body.reference).toMatchObject({ table: "people_offices", row: "people_offices.csv:589", start: "2023-09-05", end: "2024-07-02", current: false });
    expect(body.reference?.sourceUrl).toMatch(/^https:\/\//);
  });
});
