import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../server/db/gateway.ts";
import { createApiFixture, type ApiFixture } from "../support/api-fixture.ts";
import { startApi, type RunningApi } from "../support/api-server.ts";
import { TcpProxy } from "../support/tcp-proxy.ts";
import { testGateway, testNeo4j } from "../support/test-neo4j.ts";

// Issue 10, defect 4: a Neo4j that accepts connections but never answers hung
// every request for minutes. Every data route must now say 503 within 3 s,
// and come back by itself when Neo4j answers again.

let direct: Gateway;
let proxied: Gateway;
let proxy: TcpProxy;
let api: RunningApi;
let fx: ApiFixture;

beforeAll(async () => {
  direct = testGateway();
  fx = await createApiFixture(direct);
  const target = new URL(testNeo4j().uri.replace(/^\w+(\+\w+)?:/, "http:"));
  proxy = new TcpProxy(target.hostname, Number(target.port || 7687));
  const port = await proxy.start();
  proxied = testGateway({ uri: `bolt://127.0.0.1:${port}` });
  api = await startApi(proxied);
});

afterAll(async () => {
  await api?.close();
  await proxied?.close();
  await proxy?.stop();
  await fx?.cleanup();
  await direct?.close();
});

function routes(): Array<[string, string, unknown?]> {
  const bzk = encodeURIComponent(fx.key("bzk"));
  const ntf = encodeURIComponent(fx.key("ntf"));
  return [
    ["GET", "/api/health"],
    ["GET", `/api/search?q=bzk`],
    ["GET", `/api/entities/${bzk}`],
    ["GET", `/api/entities/${bzk}/neighbourhood`],
    ["GET", `/api/paths?from=${bzk}&to=${ntf}`],
    ["GET", `/api/relations/${encodeURIComponent(fx.relKey("FUNDED", fx.key("bzk"), fx.key("ntf")))}/evidence`],
    ["GET", "/api/documents"],
    ["GET", `/api/documents/${encodeURIComponent(fx.docKey("d1"))}`],
    ["GET", "/api/commitments"],
    ["GET", "/api/findings"],
    ["GET", `/api/export?format=cyjs&keys=${bzk}`],
    ["POST", "/api/cypher", { query: "MATCH (n) RETURN count(n) AS n" }],
  ];
}

async function call(method: string, path: string, body?: unknown) {
  const started = performance.now();
  const response = await fetch(api.url + path, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(20_000),
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started, retryAfter: response.headers.get("retry-after") };
}

describe("a Neo4j that stops answering", () => {
  it("every route works through the proxy first", async () => {
    for (const [method, path, body] of routes()) {
      expect((await call(method, path, body)).status, path).toBe(200);
    }
  });

  it("gives 503 with Retry-After within 3 s on every route", async () => {
    proxy.blackHole();
    const results = await Promise.all(routes().map(([method, path, body]) => call(method, path, body).then((r) => ({ path, ...r }))));
    for (const result of results) {
      expect(result.status, result.path).toBe(503);
      expect(result.ms, result.path).toBeLessThan(3_000);
      expect(Number(result.retryAfter), result.path).toBeGreaterThan(0);
    }
    // Also one by one, while the gateway already knows Neo4j is down.
    for (const [method, path, body] of routes()) {
      const result = await call(method, path, body);
      expect(result.status, path).toBe(503);
      expect(result.ms, path).toBeLessThan(3_000);
    }
  });

  it("recovers by itself once Neo4j answers again", async () => {
    proxy.restore();
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await call("GET", "/api/health")).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(status).toBe(200);
    for (const [method, path, body] of routes()) {
      expect((await call(method, path, body)).status, path).toBe(200);
    }
  });

  it("gives 503 within 3 s on every route when Neo4j is cut cleanly, and recovers", async () => {
    const port = proxy.port;
    await proxy.stop();
    for (const [method, path, body] of routes()) {
      const result = await call(method, path, body);
      expect(result.status, path).toBe(503);
      expect(result.ms, path).toBeLessThan(3_000);
    }
    await proxy.start(port);
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await call("GET", "/api/search?q=bzk")).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(status).toBe(200);
  });
});
