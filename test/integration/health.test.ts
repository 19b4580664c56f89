import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../server/db/gateway.ts";
import { createApp } from "../../server/http/app.ts";
import { TcpProxy } from "../support/tcp-proxy.ts";
import { testGateway, testNeo4j } from "../support/test-neo4j.ts";

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function serve(gateway: Gateway): Promise<string> {
  const app = createApp({ gateway, health: { cacheMs: 0 } });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function gatewayFor(uri: string): Gateway {
  const gateway = testGateway({ uri });
  cleanups.push(() => gateway.close());
  return gateway;
}

describe("GET /api/health", () => {
  it("answers 200 with Neo4j version and graph size", async () => {
    const base = await serve(gatewayFor(testNeo4j().uri));
    const response = await fetch(`${base}/api/health`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({
      status: "ok",
      neo4j: { version: expect.stringMatching(/^5\./), edition: expect.any(String) },
      counts: { nodes: expect.any(Number), relationships: expect.any(Number) },
    });
  });

  it("answers 503 with Retry-After when Neo4j is unreachable", async () => {
    const base = await serve(gatewayFor("bolt://127.0.0.1:1"));
    const response = await fetch(`${base}/api/health`);
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = await response.json();
    expect(body.error.code).toBe("DATABASE_UNAVAILABLE");
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/); // no stack traces
  });

  it("recovers by itself when Neo4j comes back", async () => {
    const target = new URL(testNeo4j().uri.replace(/^\w+(\+\w+)?:/, "http:"));
    const proxy = new TcpProxy(target.hostname, Number(target.port || 7687));
    cleanups.push(() => proxy.stop());
    const port = await proxy.start();
    const base = await serve(gatewayFor(`bolt://127.0.0.1:${port}`));

    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    await proxy.stop(); // Neo4j "goes away", pooled connections are cut
    const down = await fetch(`${base}/api/health`);
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBeTruthy();

    await proxy.start(port); // and comes back on the same address
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });

  it("renders unknown API paths as JSON 404", async () => {
    const base = await serve(gatewayFor(testNeo4j().uri));
    const response = await fetch(`${base}/api/does-not-exist`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: expect.stringContaining("/api/does-not-exist") } });
  });
});
