import type { Server } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, DatabaseUnavailableError } from "../errors.ts";
import { apiNotFound, errorRenderer } from "./error-renderer.ts";

let server: Server;
let base: string;
const logged: unknown[] = [];

beforeAll(async () => {
  const app = express();
  app.use(express.json());
  app.get("/conflict", () => {
    throw new ConflictError("key exists", { key: "bzk" });
  });
  app.get("/down", async () => {
    throw new DatabaseUnavailableError("Neo4j is down", { retryAfter: 7 });
  });
  app.get("/bug", () => {
    throw new Error("secret internal detail");
  });
  app.post("/echo", (req, res) => res.json(req.body));
  app.use("/api", apiNotFound);
  app.use(errorRenderer((error) => logged.push(error)));
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("errorRenderer", () => {
  it("renders kamergraaf errors with their status, code and details", async () => {
    const response = await fetch(`${base}/conflict`);
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: { code: "CONFLICT", message: "key exists", details: { key: "bzk" } } });
  });

  it("adds Retry-After for an unavailable database", async () => {
    const response = await fetch(`${base}/down`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("7");
  });

  it("hides unexpected errors: generic message, no stack, but logs them", async () => {
    const response = await fetch(`${base}/bug`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: "INTERNAL", message: "Internal server error." } });
    expect(text).not.toContain("secret");
    expect(logged.some((error) => error instanceof Error && error.message === "secret internal detail")).toBe(true);
  });

  it("turns malformed JSON bodies into a 400 validation error", async () => {
    const response = await fetch(`${base}/echo`, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("VALIDATION");
  });

  it("answers unknown API paths with a JSON 404", async () => {
    const response = await fetch(`${base}/api/missing`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("NOT_FOUND");
  });
});
