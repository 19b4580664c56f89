import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../server/db/gateway.ts";
import { createApiFixture, type ApiFixture } from "../support/api-fixture.ts";
import { startApi, type RunningApi } from "../support/api-server.ts";
import { CommitmentsResponse } from "../../server/api/routes/commitment-routes.ts";
import { DocumentDetailResponse, DocumentsResponse } from "../../server/api/routes/document-routes.ts";
import { FindingsResponse } from "../../server/api/routes/finding-routes.ts";
import { EntityDetailResponse, NeighbourhoodResponse } from "../../server/api/routes/entity-routes.ts";
import { PathsResponse } from "../../server/api/routes/path-routes.ts";
import { EvidenceResponse } from "../../server/api/routes/relation-routes.ts";
import { SearchResponse } from "../../server/api/routes/search-routes.ts";
import { testGateway } from "../support/test-neo4j.ts";

// Real HTTP against the real app and a real Neo4j, on a hand-made graph
// (test/support/api-fixture.ts). Response bodies are checked against
// the same zod schemas the OpenAPI document is generated from.

let gateway: Gateway;
let api: RunningApi;
let fx: ApiFixture;
let findingsDir: string;

beforeAll(async () => {
  gateway = testGateway();
  fx = await createApiFixture(gateway);
  // A conflict-of-interest pattern in the graph helper's column contract, limited to this fixture.
  findingsDir = await mkdtemp(join(tmpdir(), "kamergraaf-findings-"));
  await writeFile(
    join(findingsDir, "coi-commissioned-funded-foundation.cypher"),
    `// An agency commissioned a foundation its own ministry funds
MATCH (agency:Entity)-[c:COMMISSIONED]->(f:Entity)<-[fu:FUNDED]-(m:Entity)<-[p:PART_OF]-(agency)
WHERE agency.key CONTAINS '${fx.marker}'
RETURN [agency.key, f.key, m.key] AS entities, [c.key, fu.key, p.key] AS relKeys,
       agency.name + ' commissioned ' + f.name AS summary`,
  );
  await writeFile(join(findingsDir, "not-a-finding.cypher"), "MATCH (n) DETACH DELETE n");
  api = await startApi(gateway, { today: () => "2026-01-01", findingsDir });
});

afterAll(async () => {
  await rm(findingsDir, { recursive: true, force: true });
  await api?.close();
  await fx?.cleanup();
  await gateway?.close();
});

async function get(path: string): Promise<{ status: number; body: any; headers: Headers; text: string }> {
  const response = await fetch(api.url + path);
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = JSON.parse(text);
  } catch {
    // downloads are not JSON
  }
  return { status: response.status, body, headers: response.headers, text };
}

const enc = encodeURIComponent;

function expectError(result: { status: number; body: any }, status: number, code?: string) {
  expect(result.status, JSON.stringify(result.body)).toBe(status);
  expect(typeof result.body.error.message).toBe("string");
  if (code) expect(result.body.error.code).toBe(code);
  expect(JSON.stringify(result.body)).not.toMatch(/\bat .*\.ts:\d+/); // no stack traces
}

describe("GET /api/schema", () => {
  it("is derived from the graph model", async () => {
    const { status, body } = await get("/api/schema");
    expect(status).toBe(200);
    expect(body.entityTypes.Person.shape).toBe("ellipse");
    expect(body.relationTypes.ASKED.target).toBe("@doc");
    expect(body.organisationKinds.ministry).toMatch(/^#/);
  });
});

describe("GET /api/search", () => {
  it("ranks a prefix match and returns the contract shape", async () => {
    const { status, body } = await get(`/api/search?q=${enc(`${fx.marker} bedrijfsv`)}`);
    expect(status).toBe(200);
    SearchResponse.parse(body);
    expect(body.results[0].key).toBe(fx.key("ubr"));
  });

  it("filters by type and limits", async () => {
    const people = await get(`/api/search?q=${fx.marker}&type=Person&limit=10`);
    expect(people.body.results.map((r: any) => r.key).sort()).toEqual([fx.key("leijten"), fx.key("van-huffelen")]);
    const two = await get(`/api/search?q=${fx.marker}&limit=2`);
    expect(two.body.results).toHaveLength(2);
  });

  it("treats Lucene operators in the input as text", async () => {
    for (const q of ['"(*', "x-systems AND (", "ubr~ OR *:*", "\\", "[a TO z]"]) {
      const { status, body } = await get(`/api/search?q=${enc(q)}`);
      expect(status, q).toBe(200);
      SearchResponse.parse(body);
    }
  });

  it("rejects bad input", async () => {
    expectError(await get("/api/search"), 400, "VALIDATION");
    expectError(await get("/api/search?q=ubr&limit=abc"), 400, "VALIDATION");
    expectError(await get("/api/search?q=ubr&limit=0"), 400);
    expectError(await get("/api/search?q=ubr&type=Planet"), 400);
  });
});

describe("GET /api/entities/:key", () => {
  it("returns aliases, counts, documents and merge history", async () => {
    const { status, body } = await get(`/api/entities/${enc(fx.key("bzk"))}`);
    expect(status).toBe(200);
    EntityDetailResponse.parse(body);
    expect(body.entity).toMatchObject({ key: fx.key("bzk"), type: "Organisation", kind: "ministry" });
    expect(body.entity.aliases).toContain("BZK");
    expect(body.counts.documents).toBe(1);
    expect(body.counts.mentions).toBe(3); // "BZK" three times in the fixture text
    expect(body.relationCounts).toEqual({ FUNDED: 1, PART_OF: 1, HOLDS_OFFICE: 1 });
    expect(body.counts.relations).toBe(3);
    expect(body.documents[0]).toMatchObject({ key: fx.docKey("d1"), date: "2022-10-21", mentions: 3 });
    expect(body.merges[0]).toMatchObject({ surface: "BZK", rule: "resolve.acronym", docKey: fx.docKey("d1") });
  });

  it("404s an unknown key", async () => {
    expectError(await get(`/api/entities/${enc(fx.key("nobody"))}`), 404, "NOT_FOUND");
  });
});

describe("GET /api/entities/:key/neighbourhood", () => {
  const path = (query: string) => `/api/entities/${enc(fx.key("ubr"))}/neighbourhood?${query}`;
  const ids = (body: any) => body.elements.nodes.map((n: any) => n.data.id).sort();

  it("depth 1 gives direct neighbours in Cytoscape shape", async () => {
    const { status, body } = await get(path("depth=1"));
    expect(status).toBe(200);
    NeighbourhoodResponse.parse(body);
    expect(ids(body)).toEqual([fx.key("bzk"), fx.key("ntf"), fx.key("ubr"), fx.key("ubr-crisisteam"), fx.key("x-systems")].sort());
    expect(body.truncated).toBe(false);
    const funded = body.elements.edges.find((e: any) => e.data.type === "FUNDED");
    expect(funded.data).toMatchObject({ id: fx.relKey("FUNDED", fx.key("bzk"), fx.key("ntf")), source: fx.key("bzk"), target: fx.key("ntf"), evidenceCount: 2, label: "funded", firstDate: "2019-05-01", lastDate: "2022-10-21" });
  });

  it("depth 2 reaches people and the asked document", async () => {
    const { body } = await get(path("depth=2"));
    expect(ids(body)).toContain(fx.key("van-huffelen"));
    const deeper = await get(path("depth=3"));
    expect(ids(deeper.body)).toContain(fx.key("van-huffelen"));
    expect(ids(deeper.body)).not.toContain(fx.key("leijten")); // leijten only asked a document
  });

  it("filters by relation type, node type, evidence and date", async () => {
    expect(ids((await get(path("relTypes=CONTRACTED"))).body)).toEqual([fx.key("ubr"), fx.key("x-systems")].sort());
    expect(ids((await get(path("depth=2&nodeTypes=Person"))).body)).toEqual([fx.key("ubr")]);
    const strong = await get(`/api/entities/${enc(fx.key("bzk"))}/neighbourhood?minEvidence=2`);
    expect(ids(strong.body)).toEqual([fx.key("bzk"), fx.key("ntf")].sort());
    // d1 is dated 2022-10-21, d2 2019-05-01: CONTRACTED and PART_OF are only stated in d2.
    expect(ids((await get(path("from=2020-01-01"))).body)).toEqual([fx.key("ntf"), fx.key("ubr")].sort());
    expect(ids((await get(path("to=2020-01-01"))).body)).not.toContain(fx.key("ntf"));
  });

  it("reports truncation at the node limit", async () => {
    const { body } = await get(path("depth=2&limit=3"));
    expect(body.elements.nodes).toHaveLength(3);
    expect(body.truncated).toBe(true);
    expect(body.limit).toBe(3);
    for (const edge of body.elements.edges) {
      expect(ids(body)).toContain(edge.data.source);
      expect(ids(body)).toContain(edge.data.target);
    }
  });

  it("rejects bad input and unknown keys", async () => {
    expectError(await get(path("depth=4")), 400);
    expectError(await get(path("depth=two")), 400);
    expectError(await get(path("relTypes=FUNDED,LOVES")), 400);
    expectError(await get(path("relTypes=MENTIONS")), 400); // structural, not a fact type
    expectError(await get(path("from=2022-13-01")), 400);
    expectError(await get(path("from=2023-01-01&to=2022-01-01")), 400);
    expectError(await get(`/api/entities/${enc(fx.key("nobody"))}/neighbourhood`), 404);
  });
});

describe("GET /api/paths", () => {
  it("finds the shortest paths with their elements", async () => {
    const { status, body } = await get(`/api/paths?from=${enc(fx.key("x-systems"))}&to=${enc(fx.key("van-huffelen"))}`);
    expect(status).toBe(200);
    PathsResponse.parse(body);
    expect(body.paths).toHaveLength(1);
    expect(body.paths[0]).toEqual({
      nodes: [fx.key("x-systems"), fx.key("ubr"), fx.key("bzk"), fx.key("van-huffelen")],
      edges: [
        fx.relKey("CONTRACTED", fx.key("ubr"), fx.key("x-systems")),
        fx.relKey("PART_OF", fx.key("ubr"), fx.key("bzk")),
        fx.relKey("HOLDS_OFFICE", fx.key("van-huffelen"), fx.key("bzk")),
      ],
      length: 3,
    });
    expect(body.elements.nodes).toHaveLength(4);
    expect(body.elements.edges).toHaveLength(3);
  });

  it("returns several equally short paths", async () => {
    // ntf ↔ bzk: directly (FUNDED) is length 1; ntf ↔ ubr-crisisteam has two routes of length 2? no: only via ubr.
    const { body } = await get(`/api/paths?from=${enc(fx.key("ntf"))}&to=${enc(fx.key("ubr"))}&maxLength=3&limit=5`);
    expect(body.paths.map((p: any) => p.length)).toEqual([1]);
    const twoRoutes = await get(`/api/paths?from=${enc(fx.key("ntf"))}&to=${enc(fx.key("ubr-crisisteam"))}&limit=5`);
    expect(twoRoutes.body.paths).toHaveLength(1);
    const viaBoth = await get(`/api/paths?from=${enc(fx.key("ntf"))}&to=${enc(fx.key("van-huffelen"))}&limit=5`);
    expect(viaBoth.body.paths.length).toBeGreaterThanOrEqual(1);
    expect(viaBoth.body.paths.every((p: any) => p.length === viaBoth.body.paths[0].length)).toBe(true);
  });

  it("respects maxLength and relation filters", async () => {
    const short = await get(`/api/paths?from=${enc(fx.key("x-systems"))}&to=${enc(fx.key("van-huffelen"))}&maxLength=2`);
    expect(short.status).toBe(200);
    expect(short.body.paths).toEqual([]);
    const noContract = await get(`/api/paths?from=${enc(fx.key("x-systems"))}&to=${enc(fx.key("van-huffelen"))}&relTypes=PART_OF,HOLDS_OFFICE`);
    expect(noContract.body.paths).toEqual([]);
  });

  it("rejects bad input and unknown keys", async () => {
    expectError(await get(`/api/paths?from=${enc(fx.key("ubr"))}`), 400);
    expectError(await get(`/api/paths?from=${enc(fx.key("ubr"))}&to=${enc(fx.key("ubr"))}`), 400);
    expectError(await get(`/api/paths?from=${enc(fx.key("ubr"))}&to=${enc(fx.key("bzk"))}&maxLength=7`), 400);
    expectError(await get(`/api/paths?from=${enc(fx.key("ubr"))}&to=${enc(fx.key("nobody"))}`), 404);
  });
});

describe("GET /api/relations/:relKey/evidence", () => {
  it("lists every stating sentence with its document", async () => {
    const relKey = fx.relKey("FUNDED", fx.key("bzk"), fx.key("ntf"));
    const { status, body } = await get(`/api/relations/${enc(relKey)}/evidence`);
    expect(status).toBe(200);
    EvidenceResponse.parse(body);
    expect(body.relation).toMatchObject({ key: relKey, type: "FUNDED", source: { key: fx.key("bzk") }, target: { key: fx.key("ntf") } });
    expect(body.evidence.map((e: any) => e.docKey)).toEqual([fx.docKey("d2"), fx.docKey("d1")]); // oldest first
    const inD1 = body.evidence[1];
    expect(fx.docText.slice(inD1.start, inD1.end)).toBe(inD1.quote);
    expect(inD1.questionNumber).toBe(1);
    expect(inD1.docDate).toBe("2022-10-21");
  });

  it("explains relations that point at a document", async () => {
    const relKey = `ASKED|${fx.key("leijten")}|doc:${fx.docKey("d1")}`;
    const { status, body } = await get(`/api/relations/${enc(relKey)}/evidence`);
    expect(status).toBe(200);
    expect(body.relation.target.key).toBe(`doc:${fx.docKey("d1")}`);
  });

  it("400s a malformed key and 404s an unknown one", async () => {
    expectError(await get(`/api/relations/${enc("FUNDED|only-two")}/evidence`), 400);
    expectError(await get(`/api/relations/${enc(`LOVES|${fx.key("bzk")}|${fx.key("ntf")}`)}/evidence`), 400);
    expectError(await get(`/api/relations/${enc(fx.relKey("FUNDED", fx.key("ntf"), fx.key("bzk")))}/evidence`), 404);
  });
});

describe("documents", () => {
  it("lists documents with filters, counts and total", async () => {
    const { status, body } = await get(`/api/documents?entity=${enc(fx.key("bzk"))}`);
    expect(status).toBe(200);
    DocumentsResponse.parse(body);
    expect(body.total).toBe(1);
    expect(body.documents[0]).toMatchObject({ key: fx.docKey("d1"), kind: "kamervraag", date: "2022-10-21", counts: { questions: 2, commitments: 3 } });
    expect(body.documents[0].counts.evidence).toBeGreaterThan(0);
    const none = await get(`/api/documents?entity=${enc(fx.key("bzk"))}&kind=kamerbrief`);
    expect(none.body).toEqual({ documents: [], total: 0 });
    const paged = await get(`/api/documents?limit=1&offset=0`);
    expect(paged.body.documents).toHaveLength(1);
    expect(paged.body.total).toBeGreaterThanOrEqual(2);
    const dated = await get(`/api/documents?from=2019-05-01&to=2019-05-01&limit=500`);
    expect(dated.body.documents.map((d: any) => d.key)).toContain(fx.docKey("d2"));
    expect(dated.body.documents.map((d: any) => d.key)).not.toContain(fx.docKey("d1"));
  });

  it("returns one document with segments and fact spans", async () => {
    const { status, body } = await get(`/api/documents/${fx.docKey("d1")}`);
    expect(status).toBe(200);
    DocumentDetailResponse.parse(body);
    expect(body.document.text).toBe(fx.docText);
    expect(body.segments.map((s: any) => s.id)).toEqual(["q1", "q2"]);
    const kinds = new Set(body.facts.map((f: any) => f.kind));
    expect(kinds).toEqual(new Set(["mention", "evidence", "commitment"]));
    for (const fact of body.facts.filter((f: any) => f.kind === "mention")) {
      expect(body.document.text.slice(fact.start, fact.end)).toMatch(/^(BZK|NTF|UBR)$/);
    }
  });

  it("rejects bad input and unknown keys", async () => {
    expectError(await get("/api/documents?kind=novel"), 400);
    expectError(await get("/api/documents?limit=-1"), 400);
    expectError(await get("/api/documents/no_such_document"), 404);
    expectError(await get(`/api/documents/${enc("../etc/passwd")}`), 400);
  });
});

describe("GET /api/commitments", () => {
  it("computes open/overdue as of a date", async () => {
    const all = await get(`/api/commitments?actor=${enc(fx.key("bzk"))}&asOf=2026-01-01`);
    expect(all.status).toBe(200);
    CommitmentsResponse.parse(all.body);
    expect(all.body.commitments).toHaveLength(3);
    const overdue = await get(`/api/commitments?actor=${enc(fx.key("bzk"))}&status=overdue&asOf=2026-01-01`);
    expect(overdue.body.commitments.map((c: any) => c.due)).toEqual(["2022-12-01"]);
    expect(overdue.body.commitments[0]).toMatchObject({ actor: { key: fx.key("bzk") }, status: "overdue", docKey: fx.docKey("d1"), dueText: "voor 1 december 2022" });
    const open = await get(`/api/commitments?actor=${enc(fx.key("bzk"))}&status=open&asOf=2026-01-01`);
    expect(open.body.commitments.map((c: any) => c.due)).toEqual(["2030-01-01", null]);
    const earlier = await get(`/api/commitments?actor=${enc(fx.key("bzk"))}&status=overdue&asOf=2022-01-01`);
    expect(earlier.body.commitments).toEqual([]);
    const byDue = await get(`/api/commitments?document=${fx.docKey("d1")}&dueFrom=2029-01-01`);
    expect(byDue.body.commitments.map((c: any) => c.due)).toEqual(["2030-01-01"]);
    const today = await get(`/api/commitments?actor=${enc(fx.key("bzk"))}&status=overdue`);
    expect(today.body.asOf).toBe("2026-01-01");
  });

  it("rejects bad input", async () => {
    expectError(await get("/api/commitments?status=late"), 400);
    expectError(await get("/api/commitments?asOf=yesterday"), 400);
  });
});

describe("GET /api/findings", () => {
  it("runs the coi-* queries and attaches evidence and elements", async () => {
    const { status, body } = await get("/api/findings");
    expect(status).toBe(200);
    FindingsResponse.parse(body);
    expect(body.findings).toHaveLength(1);
    const [finding] = body.findings;
    expect(finding).toMatchObject({
      pattern: "coi-commissioned-funded-foundation",
      title: "An agency commissioned a foundation its own ministry funds",
      entities: [fx.key("ubr"), fx.key("ntf"), fx.key("bzk")],
    });
    expect(finding.summary).toContain("commissioned Stichting NTF");
    expect(finding.evidence.map((e: any) => e.relKey).sort()).toEqual([...finding.relations].sort());
    expect(finding.evidence.find((e: any) => e.relKey.startsWith("FUNDED")).docKey).toBe(fx.docKey("d2")); // oldest statement
    expect(finding.elements.nodes).toHaveLength(3);
    expect(finding.elements.edges).toHaveLength(3);
  });
});

describe("GET /api/export", () => {
  const keys = () => `${enc(fx.key("ubr"))},${enc(fx.key("bzk"))}`;

  it("exports Cytoscape JSON", async () => {
    const { status, body, headers } = await get(`/api/export?format=cyjs&keys=${keys()}&depth=1`);
    expect(status).toBe(200);
    expect(headers.get("content-disposition")).toMatch(/attachment; filename="kamergraaf-2-entities\.cyjs"/);
    expect(body.elements.nodes.map((n: any) => n.data.id)).toContain(fx.key("van-huffelen"));
  });

  it("exports well-formed GraphML and GEXF with escaped names", async () => {
    for (const format of ["graphml", "gexf"]) {
      const { status, text, headers } = await get(`/api/export?format=${format}&keys=${keys()}`);
      expect(status).toBe(200);
      expect(headers.get("content-type")).toContain("xml");
      expect(XMLValidator.validate(text), format).toBe(true);
      expect(text).toContain("X Systems &amp; &lt;Partners&gt;");
    }
  });

  it("exports nodes.csv and edges.csv", async () => {
    const nodes = await get(`/api/export?format=nodes.csv&keys=${enc(fx.key("ubr"))}&depth=0`);
    expect(nodes.text.split("\r\n")[0]).toBe("id,label,type,kind,aliases,docCount");
    expect(nodes.text.trim().split("\r\n")).toHaveLength(2);
    const edges = await get(`/api/export?format=edges.csv&keys=${enc(fx.key("ubr"))},${enc(fx.key("x-systems"))}&depth=0`);
    expect(edges.text.trim().split("\r\n")).toEqual([
      "id,source,target,type,label,evidenceCount,firstDate,lastDate",
      `${fx.relKey("CONTRACTED", fx.key("ubr"), fx.key("x-systems"))},${fx.key("ubr")},${fx.key("x-systems")},CONTRACTED,contracted,1,2019-05-01,2019-05-01`,
    ]);
  });

  it("rejects bad input and unknown keys", async () => {
    expectError(await get(`/api/export?format=pdf&keys=${keys()}`), 400);
    expectError(await get(`/api/export?format=cyjs`), 400);
    expectError(await get(`/api/export?format=cyjs&keys=${enc(fx.key("nobody"))}`), 404);
  });
});
