import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../server/db/gateway.ts";
import { createApiFixture, type ApiFixture } from "../support/api-fixture.ts";
import { startApi, type RunningApi } from "../support/api-server.ts";
import { ViewResponse } from "../../server/api/routes/view-routes.ts";
import { testGateway } from "../support/test-neo4j.ts";

// POST /api/view: a shared explorer view's subgraph in one request, on the
// hand-made fixture graph (real HTTP, real Neo4j).

let gateway: Gateway;
let api: RunningApi;
let fx: ApiFixture;

beforeAll(async () => {
  gateway = testGateway();
  fx = await createApiFixture(gateway);
  api = await startApi(gateway, { today: () => "2026-01-01" });
});

afterAll(async () => {
  await api?.close();
  await fx?.cleanup();
  await gateway?.close();
});

const post = async (body: unknown) => {
  const response = await fetch(`${api.url}/api/view`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as any };
};

describe("POST /api/view", () => {
  it("returns the nodes, a document node included, and every relation among them; unknown ids are listed", async () => {
    const ids = [fx.key("bzk"), fx.key("ntf"), fx.key("ubr"), `doc:${fx.docKey("d1")}`, fx.key("leijten"), fx.key("gone")];
    const { status, body } = await post({ nodes: ids });
    expect(status).toBe(200);
    const view = ViewResponse.parse(body);
    expect(view.elements.nodes.map((n) => n.data.id).sort()).toEqual(ids.filter((id) => !id.endsWith("gone")).sort());
    expect(view.missing).toEqual([fx.key("gone")]);
    const edges = view.elements.edges.map((e) => e.data.id).sort();
    expect(edges).toContain(fx.relKey("FUNDED", fx.key("bzk"), fx.key("ntf")));
    expect(edges).toContain(fx.relKey("COMMISSIONED", fx.key("ubr"), fx.key("ntf")));
    // Only relations with both ends in the view.
    for (const e of view.elements.edges) {
      expect(ids).toContain(e.data.source);
      expect(ids).toContain(e.data.target);
    }
    expect(view.truncated).toBe(false);
  });

  it("refuses an empty or malformed body with a 400", async () => {
    expect((await post({ nodes: [] })).status).toBe(400);
    expect((await post({ nodes: "ubr" })).status).toBe(400);
    expect((await post({ nodes: ["ubr"], extra: 1 })).status).toBe(400);
  });
});
