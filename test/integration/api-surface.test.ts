import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import type { Router } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../server/db/gateway.ts";
import { apiRouter } from "../../server/api/api-router.ts";
import { openApiPath } from "../../server/api/openapi.ts";
import { IngestResponse } from "../../server/api/routes/ingest-routes.ts";
import { projectRoot } from "../../common/paths.ts";
import { startApi, testApiConfig, type RunningApi } from "../support/api-server.ts";
import { TcpProxy } from "../support/tcp-proxy.ts";
import { testGateway, testNeo4j } from "../support/test-neo4j.ts";

let gateway: Gateway;
let api: RunningApi;

beforeAll(async () => {
  gateway = testGateway();
  api = await startApi(gateway);
});

afterAll(async () => {
  await api?.close();
  await gateway?.close();
});

/** Method + path of every route Express actually serves, read from the router stack. */
function expressRoutes(router: Router): string[] {
  const routes: string[] = [];
  for (const layer of (router as unknown as { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> }).stack) {
    if (!layer.route) continue;
    for (const method of Object.keys(layer.route.methods)) routes.push(`${method.toUpperCase()} ${layer.route.path}`);
  }
  return routes.sort();
}

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const response = await fetch(`${api.url}/api/openapi.json`);
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("describes every Express route, and nothing else", async () => {
    const document = await (await fetch(`${api.url}/api/openapi.json`)).json();
    const { router } = apiRouter({ gateway, config: testApiConfig });
    const served = expressRoutes(router);
    expect(served.length).toBeGreaterThanOrEqual(14);
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(served.map((route) => route.replace(/ (.*)$/, (_m, path: string) => ` ${openApiPath(path)}`)).sort()).toEqual(documented);
  });

  it("documents query parameters with their constraints", async () => {
    const document = await (await fetch(`${api.url}/api/openapi.json`)).json();
    const neighbourhood = document.paths["/api/entities/{key}/neighbourhood"].get;
    const depth = neighbourhood.parameters.find((p: any) => p.name === "depth");
    expect(depth.schema).toMatchObject({ minimum: 1, maximum: 3, default: 1 });
    expect(neighbourhood.parameters.find((p: any) => p.name === "key")).toMatchObject({ in: "path", required: true });
  });
});

describe("security and robustness", () => {
  it("sends helmet headers, no X-Powered-By and no CORS by default", async () => {
    const response = await fetch(`${api.url}/api/schema`, { headers: { origin: "https://evil.example" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-powered-by")).toBeNull();
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows configured CORS origins only", async () => {
    const cors = await startApi(gateway, { corsOrigins: ["https://explorer.example"] });
    try {
      const allowed = await fetch(`${cors.url}/api/schema`, { headers: { origin: "https://explorer.example" } });
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://explorer.example");
      const other = await fetch(`${cors.url}/api/schema`, { headers: { origin: "https://evil.example" } });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await cors.close();
    }
  });

  it("rate-limits with 429 and Retry-After", async () => {
    const limited = await startApi(gateway, { rateLimit: { capacity: 3, refillPerSecond: 0.2 } });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 5; i++) {
        last = await fetch(`${limited.url}/api/schema`);
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(Number(last!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect((await last!.json()).error.code).toBe("RATE_LIMITED");
    } finally {
      await limited.close();
    }
  });

  it("answers unknown API paths with a JSON 404", async () => {
    const response = await fetch(`${api.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("NOT_FOUND");
  });

  it("answers 503 with Retry-After while Neo4j is unreachable, and recovers", async () => {
    const target = new URL(testNeo4j().uri.replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, "http:"));
    const proxy = new TcpProxy(target.hostname, Number(target.port || 7687));
    const port = await proxy.start();
    const proxied = testGateway({ uri: `bolt://127.0.0.1:${port}` });
    const proxiedApi = await startApi(proxied);
    try {
      expect((await fetch(`${proxiedApi.url}/api/search?q=ubr`)).status).toBe(200);
      await proxy.stop();
      const down = await fetch(`${proxiedApi.url}/api/search?q=ubr`);
      expect(down.status).toBe(503);
      expect(down.headers.get("retry-after")).toMatch(/^\d+$/);
      expect((await down.json()).error.code).toBe("DATABASE_UNAVAILABLE");
      await proxy.start(port);
      let status = 0;
      for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
        status = (await fetch(`${proxiedApi.url}/api/search?q=ubr`)).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(status).toBe(200);
    } finally {
      await proxiedApi.close();
      await proxied.close();
      await proxy.stop();
    }
  });
});

describe("POST /api/ingest", () => {
  const doc = { name: "ingest-probe", text: "Kamerbrief\n\nDe minister van Binnenlandse Zaken schrijft de Kamer.\n" };

  it("is off without INGEST_TOKEN", async () => {
    const response = await fetch(`${api.url}/api/ingest`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer whatever-whatever" },
      body: JSON.stringify({ documents: [doc] }),
    });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("INGEST_DISABLED");
  });

  it("requires the bearer token before looking at the body", async () => {
    const token = "a-very-secret-ingest-token";
    const withToken = await startApi(gateway, { config: { ...testApiConfig, INGEST_TOKEN: token } });
    try {
      for (const authorization of [undefined, "Bearer wrong-token-wrong-token", `Basic ${token}`, token]) {
        const response = await fetch(`${withToken.url}/api/ingest`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
          body: JSON.stringify({ nonsense: true }),
        });
        expect(response.status, String(authorization)).toBe(401);
      }
      const invalid = await fetch(`${withToken.url}/api/ingest`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ documents: [{ name: "../escape", text: "x" }] }),
      });
      expect(invalid.status).toBe(400);
    } finally {
      await withToken.close();
    }
  });

  it("ingests a document with the graph's ingestion, idempotently", async () => {
    // A real seed under its real name: the result is the canonical seed graph
    // (what the server loads from seeds/), so a shared database gains no test data.
    const name = "000_b27fdd294b83071a.txt";
    const text = await readFile(join(projectRoot, "seeds", name), "utf8");
    const token = "a-very-secret-ingest-token";
    const withToken = await startApi(gateway, { config: { ...testApiConfig, INGEST_TOKEN: token } });
    try {
      const send = async () => {
        const response = await fetch(`${withToken.url}/api/ingest`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ documents: [{ name, text }] }),
        });
        expect(response.status).toBe(200);
        return IngestResponse.parse(await response.json());
      };
      const first = await send();
      expect(first.rejected).toEqual([]);
      expect(first.failed).toEqual([]);
      expect([...first.ingested, ...first.skippedUnchanged]).toEqual(["000_b27fdd294b83071a"]);
      const again = await send();
      expect(again.skippedUnchanged).toEqual(["000_b27fdd294b83071a"]);
      const doc = await (await fetch(`${withToken.url}/api/documents/000_b27fdd294b83071a`)).json();
      expect(doc.document.text).toBe(text);
      expect(doc.facts.length).toBeGreaterThan(0);
    } finally {
      await withToken.close();
    }
  });
});
