import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../server/db/gateway.ts";
import { NeighboursOfTypeResponse, NeighbourTypesResponse } from "../../server/api/routes/hub-routes.ts";
import { startApi, type RunningApi } from "../support/api-server.ts";
import { createHubGraph, HUB_NEIGHBOURS, type HubGraph } from "../support/hub-graph.ts";
import { testGateway } from "../support/test-neo4j.ts";

// Supernode aggregation over real HTTP and a real Neo4j: a hub's neighbours
// counted by type, and paged one type at a time.

let gateway: Gateway;
let api: RunningApi;
let hub: HubGraph;

async function get(path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(api.url + path);
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  gateway = testGateway();
  hub = await createHubGraph(gateway);
  api = await startApi(gateway);
});

afterAll(async () => {
  await api?.close();
  await hub?.cleanup();
  await gateway?.close();
});

describe("GET /api/entities/:key/neighbour-types", () => {
  it("counts the hub's distinct neighbours by type, largest first", async () => {
    const { status, body } = await get(`/api/entities/${encodeURIComponent(hub.hubKey)}/neighbour-types`);
    expect(status).toBe(200);
    const parsed = NeighbourTypesResponse.parse(body);
    expect(parsed.hub.data).toMatchObject({ id: hub.hubKey, label: hub.hubName });
    expect(parsed.total).toBe(157);
    expect(parsed.types).toEqual([
      { type: "Organisation", count: HUB_NEIGHBOURS.Organisation },
      { type: "Person", count: HUB_NEIGHBOURS.Person },
      { type: "Programme", count: HUB_NEIGHBOURS.Programme },
      { type: "Committee", count: HUB_NEIGHBOURS.Committee },
    ]);
  });

  it("applies the relation filters (relTypes, minEvidence)", async () => {
    const onlyStaff = await get(`/api/entities/${encodeURIComponent(hub.hubKey)}/neighbour-types?relTypes=EMPLOYED_BY`);
    // Person 0..9 also work at a unit, but only their edge to the hub counts here: 50 people.
    expect(onlyStaff.body.types).toEqual([{ type: "Person", count: 50 }]);
    const strong = await get(`/api/entities/${encodeURIComponent(hub.hubKey)}/neighbour-types?minEvidence=4`);
    // evidenceCount is 1 + (i % 4): a quarter of each type reaches 4.
    expect(strong.body.types).toEqual([
      { type: "Organisation", count: 20 },
      { type: "Person", count: 12 },
      { type: "Programme", count: 5 },
      { type: "Committee", count: 1 },
    ]);
  });

  it("answers 404 for an unknown entity and 400 for a document key", async () => {
    expect((await get(`/api/entities/${encodeURIComponent(hub.key("nobody"))}/neighbour-types`)).status).toBe(404);
    const doc = await get(`/api/entities/doc:some-document/neighbour-types`);
    expect(doc.status).toBe(400);
  });
});

describe("GET /api/entities/:key/neighbours", () => {
  it("pages one type, strongest evidence first, with the hub and the edges among the page", async () => {
    const path = `/api/entities/${encodeURIComponent(hub.hubKey)}/neighbours?type=Person&limit=20`;
    const first = NeighboursOfTypeResponse.parse((await get(path)).body);
    expect(first).toMatchObject({ type: "Person", total: 50, offset: 0, nextOffset: 20 });
    const people = first.elements.nodes.filter((n) => n.data.id !== hub.hubKey);
    expect(people).toHaveLength(20);
    expect(people.every((n) => n.data.type === "Person")).toBe(true);
    expect(first.elements.nodes.some((n) => n.data.id === hub.hubKey)).toBe(true);
    // Strongest first: evidenceCount 4 (i % 4 = 3: person-3, -7, …) before weaker ones.
    expect(people.slice(0, 12).map((n) => n.data.id)).toContain(hub.key("person-3"));
    for (const node of people) expect(first.elements.edges.some((e) => e.data.source === node.data.id && e.data.target === hub.hubKey)).toBe(true);

    const seen = new Set(people.map((n) => n.data.id));
    let offset: number | null = first.nextOffset;
    while (offset !== null) {
      const page = NeighboursOfTypeResponse.parse((await get(`${path}&offset=${offset}`)).body);
      for (const node of page.elements.nodes) if (node.data.id !== hub.hubKey) {
        expect(seen.has(node.data.id), `${node.data.id} on two pages`).toBe(false);
        seen.add(node.data.id);
      }
      offset = page.nextOffset;
    }
    expect(seen.size).toBe(50);
  });

  it("brings the edges among the page's neighbours too", async () => {
    const all = NeighboursOfTypeResponse.parse((await get(`/api/entities/${encodeURIComponent(hub.hubKey)}/neighbours?type=Organisation&limit=100`)).body);
    expect(all.nextOffset).toBeNull();
    expect(all.elements.nodes).toHaveLength(81);
    // Only hub edges: the person–unit edges need both ends in the page.
    expect(all.elements.edges).toHaveLength(80);
  });

  it("validates the type and the page", async () => {
    expect((await get(`/api/entities/${encodeURIComponent(hub.hubKey)}/neighbours?type=Ministry`)).status).toBe(400);
    expect((await get(`/api/entities/${encodeURIComponent(hub.hubKey)}/neighbours?type=Person&limit=0`)).status).toBe(400);
    expect((await get(`/api/entities/${encodeURIComponent(hub.hubKey)}/neighbours`)).status).toBe(400);
  });
});
