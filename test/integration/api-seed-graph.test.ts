import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../server/db/gateway.ts";
import { ingestExtractions } from "../../server/graph/ingest.ts";
import { FindingsResponse } from "../../server/api/routes/finding-routes.ts";
import { DocumentDetailResponse } from "../../server/api/routes/document-routes.ts";
import { EvidenceResponse } from "../../server/api/routes/relation-routes.ts";
import { startApi, type RunningApi } from "../support/api-server.ts";
import { deleteScope, scopedFixtures } from "../fixtures/graph-scope.ts";
import { testGateway } from "../support/test-neo4j.ts";

// The API over the five seed documents as the graph's own ingestion writes
// them (gold extractions of seeds/, keys scoped under a prefix so the test
// can share a database and clean up exactly). Catches drift between the
// API's Cypher and the real graph shape.
const prefix = "test_api-seed_";
const key = (k: string) => prefix + k;
const enc = encodeURIComponent;

let gateway: Gateway;
let api: RunningApi;

beforeAll(async () => {
  gateway = testGateway();
  await deleteScope(gateway, prefix);
  const result = await ingestExtractions(gateway, scopedFixtures(prefix));
  expect(result.failed).toEqual([]);
  api = await startApi(gateway);
});

afterAll(async () => {
  await api?.close();
  await deleteScope(gateway, prefix);
  await gateway?.close();
});

async function get(path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(api.url + path);
  return { status: response.status, body: await response.json() };
}

describe("API over the ingested seed graph", () => {
  it("autocompletes UBR from a prefix", async () => {
    const { status, body } = await get("/api/search?q=Uitvoeringsorganisatie%20Bedrijfsv&limit=50");
    expect(status).toBe(200);
    expect(body.results.map((r: any) => r.key)).toContain(key("ubr"));
  });

  it("grows the UBR neighbourhood with evidence-backed edges", async () => {
    const { status, body } = await get(`/api/entities/${enc(key("ubr"))}/neighbourhood?depth=2&limit=500`);
    expect(status).toBe(200);
    const ids = body.elements.nodes.map((n: any) => n.data.id);
    expect(ids).toContain(key("ntf"));
    expect(body.elements.edges.length).toBeGreaterThan(0);
    for (const edge of body.elements.edges) {
      expect(ids).toContain(edge.data.source);
      expect(ids).toContain(edge.data.target);
    }
  });

  it("explains every edge around UBR with sentences found at their offsets", async () => {
    const { body } = await get(`/api/entities/${enc(key("ubr"))}/neighbourhood?depth=1&limit=500`);
    const texts = new Map<string, string>();
    for (const edge of body.elements.edges.slice(0, 10)) {
      const evidence = await get(`/api/relations/${enc(edge.data.id)}/evidence`);
      expect(evidence.status, edge.data.id).toBe(200);
      EvidenceResponse.parse(evidence.body);
      expect(evidence.body.evidence.length).toBe(edge.data.evidenceCount);
      for (const e of evidence.body.evidence) {
        if (!texts.has(e.docKey)) texts.set(e.docKey, (await get(`/api/documents/${enc(e.docKey)}`)).body.document.text);
        if (e.start !== null) expect(texts.get(e.docKey)!.slice(e.start, e.end)).toBe(e.quote);
      }
    }
  });

  it("serves every seed document with consistent fact spans", async () => {
    const list = await get(`/api/documents?entity=${enc(key("ubr"))}&limit=10`);
    expect(list.body.total).toBeGreaterThan(0);
    for (const doc of list.body.documents) {
      const { status, body } = await get(`/api/documents/${enc(doc.key)}`);
      expect(status).toBe(200);
      DocumentDetailResponse.parse(body);
      for (const fact of body.facts) {
        expect(fact.start).toBeGreaterThanOrEqual(0);
        expect(fact.end).toBeLessThanOrEqual(body.document.text.length);
      }
      for (const segment of body.segments) expect(segment.end).toBeGreaterThan(segment.start);
    }
  });

  it("reports the graph's conflict-of-interest findings", async () => {
    const { status, body } = await get("/api/findings");
    expect(status).toBe(200);
    FindingsResponse.parse(body);
    const ours = body.findings.filter((f: any) => f.entities.every((k: string) => k.startsWith(prefix)));
    expect(ours.length).toBeGreaterThan(0);
    for (const finding of ours) {
      expect(finding.evidence.length).toBeGreaterThan(0);
      expect(finding.elements.nodes.length).toBe(finding.entities.length);
    }
  });
});
