import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRouter } from "../../server/api/api-router.ts";
import { testApiConfig } from "../support/api-server.ts";
import type { Gateway } from "../../server/db/gateway.ts";
import { createApp } from "../../server/http/app.ts";
import { testGateway } from "../support/test-neo4j.ts";

// Issue 10, defects 5-9: every request bounded in bytes, depth and answer
// size; security headers on every response; Host checked; health cheap and
// without the Neo4j URI unless asked with a token.

let gateway: Gateway;
let base: string;
let port: number;
let close: () => Promise<void>;
let staticDir: string;
const healthToken = "health-token-for-tests-0123456789";

beforeAll(async () => {
  gateway = testGateway();
  staticDir = mkdtempSync(join(tmpdir(), "kamergraaf-static-"));
  writeFileSync(join(staticDir, "index.html"), "<!doctype html><title>x</title>");
  writeFileSync(join(staticDir, "app.js"), "console.log(1)");
  const config = { ...testApiConfig, CYPHER_ROW_CAP: 5_000, CYPHER_BYTE_CAP: 1_000_000 };
  const app = createApp({
    gateway,
    routers: [apiRouter({ gateway, config, rateLimit: { capacity: 10_000, refillPerSecond: 10_000 } })],
    staticDir,
    health: { token: healthToken },
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
});

afterAll(async () => {
  await close?.();
  await gateway?.close();
  rmSync(staticDir, { recursive: true, force: true });
});

/** A raw request, so Transfer-Encoding, Content-Encoding and Host can be what a client sends. */
function raw(options: { method?: string; path: string; headers?: Record<string, string>; chunks?: Buffer[] }) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method: options.method ?? "GET", path: options.path, headers: options.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (chunk) => (body += chunk)).on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

const bigBody = () => Buffer.from(JSON.stringify({ query: "RETURN $blob AS blob", params: { blob: "x".repeat(3_000_000) } }));

describe("request bodies", () => {
  it("refuses a 3 MB body sent chunked (no Content-Length) with 413", async () => {
    const body = bigBody();
    const chunks = Array.from({ length: 30 }, (_, i) => body.subarray(i * 100_000, (i + 1) * 100_000 + (i === 29 ? body.length : 0)));
    const response = await raw({ method: "POST", path: "/api/cypher", headers: { "content-type": "application/json", "transfer-encoding": "chunked" }, chunks });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a gzip body that inflates past the limit with 413", async () => {
    const zipped = gzipSync(bigBody());
    expect(zipped.length).toBeLessThan(100_000);
    const response = await raw({
      method: "POST",
      path: "/api/cypher",
      headers: { "content-type": "application/json", "content-encoding": "gzip", "content-length": String(zipped.length) },
      chunks: [zipped],
    });
    expect(response.status).toBe(413);
  });

  it("accepts a small gzip body", async () => {
    const zipped = gzipSync(Buffer.from(JSON.stringify({ query: "RETURN 1 AS one" })));
    const response = await raw({
      method: "POST",
      path: "/api/cypher",
      headers: { "content-type": "application/json", "content-encoding": "gzip", "content-length": String(zipped.length) },
      chunks: [zipped],
    });
    expect(response.status).toBe(200);
  });

  it.each([3_000, 20_000, 100_000])("refuses parameters nested %i deep with 400", async (depth) => {
    const params = `{"p":${"[".repeat(depth)}${"]".repeat(depth)}}`;
    const response = await raw({ method: "POST", path: "/api/cypher", headers: { "content-type": "application/json" }, chunks: [Buffer.from(`{"query":"RETURN $p AS p","params":${params}}`)] });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error.message).toMatch(/nested too deeply/);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });
});

describe("answer size", () => {
  it("cuts an answer off at the byte cap and says so", async () => {
    const response = await fetch(`${base}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "UNWIND range(1, 5000) AS i RETURN [x IN range(1, 1000) | 'abcdefghij'] AS strings" }),
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.truncated).toBe(true);
    expect(body.truncatedBy).toBe("bytes");
    expect(body.bytes).toBeLessThanOrEqual(1_000_000);
    expect(body.rows.length).toBeGreaterThan(0);
    expect(Number(response.headers.get("content-length") ?? 0)).toBeLessThan(1_200_000);
  });

  it("refuses one row larger than the cap with 422", async () => {
    const response = await fetch(`${base}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "RETURN reduce(s = 'x', i IN range(1, 21) | s + s) AS big" }),
    });
    expect(response.status).toBe(422);
    expect((await response.json()).error.code).toBe("RESULT_TOO_LARGE");
  });
});

describe("headers and exposure", () => {
  it.each(["/", "/app.js", "/api/health", "/api/schema", "/api/nope"])("%s carries CSP, frame and sniffing protection", async (path) => {
    const response = await fetch(base + path);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("refuses a Host that is not ours (DNS rebinding) and accepts the loopback names", async () => {
    const evil = await raw({ path: "/api/health", headers: { host: "attacker.example:3000" } });
    expect(evil.status).toBe(403);
    expect(JSON.parse(evil.body).error.code).toBe("HOST_NOT_ALLOWED");
    const post = await raw({ method: "POST", path: "/api/cypher", headers: { host: "rebind.attacker.example", "content-type": "application/json" }, chunks: [Buffer.from('{"query":"RETURN 1"}')] });
    expect(post.status).toBe(403);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await raw({ path: "/api/health", headers: { host } })).status, host).toBe(200);
    }
  });

  it("health hides the Neo4j URI unless asked with the token", async () => {
    const plain = await (await fetch(`${base}/api/health`)).json();
    expect(plain.neo4j.uri).toBeUndefined();
    expect(JSON.stringify(plain)).not.toMatch(/bolt|neo4j:\/\//);
    const detailed = await (await fetch(`${base}/api/health`, { headers: { authorization: `Bearer ${healthToken}` } })).json();
    expect(detailed.neo4j.uri).toMatch(/^(bolt|neo4j)/);
    const wrong = await (await fetch(`${base}/api/health`, { headers: { authorization: "Bearer nope" } })).json();
    expect(wrong.neo4j.uri).toBeUndefined();
  });

  it("health is rate limited", async () => {
    const app = createApp({ gateway, health: { rateLimit: { capacity: 2, refillPerSecond: 0.01 } } });
    const server = app.listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => server.once("listening", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/health`;
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await fetch(url)).status);
      expect(statuses).toEqual([200, 200, 429, 429]);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
