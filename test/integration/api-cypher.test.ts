import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../server/db/gateway.ts";
import { ForbiddenWriteError } from "../../server/errors.ts";
import { createApiFixture, type ApiFixture } from "../support/api-fixture.ts";
import { startApi, testApiConfig, type RunningApi } from "../support/api-server.ts";
import { CypherResponse } from "../../server/api/routes/cypher-routes.ts";
import { testGateway } from "../support/test-neo4j.ts";

let gateway: Gateway;
let api: RunningApi;
let fx: ApiFixture;

beforeAll(async () => {
  gateway = testGateway();
  fx = await createApiFixture(gateway);
  api = await startApi(gateway, { config: { ...testApiConfig, CYPHER_ROW_CAP: 50, CYPHER_TIMEOUT_MS: 1_000 } });
});

afterAll(async () => {
  await api?.close();
  await fx?.cleanup();
  await gateway?.close();
});

async function post(path: string, body: unknown, contentType = "application/json") {
  const response = await fetch(api.url + path, {
    method: "POST",
    headers: { "content-type": contentType },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), headers: response.headers };
}

/**
 * Sends a refused query and asserts nothing changed. Every refused query can
 * only touch what the exact checks observe (the fixture's marked nodes, the
 * ApiWriteProbe label, the Hacked label, the entityNames index): those must be
 * identical every time. The whole-graph node/relationship counts must be
 * identical too; in a database shared with concurrently running tests they
 * can move on their own, so the request is repeated (up to 3 times) until one
 * round sees the counts unchanged.
 */
async function expectRefusedAndUnchanged(send: () => Promise<{ status: number; body: any }>) {
  let counts: unknown[] = [];
  for (let round = 0; round < 3; round++) {
    const before = await snapshot();
    const { status, body } = await send();
    expect(status).toBe(400);
    // Refused by the plan check, or by Neo4j's planner itself (a procedure this server does not have).
    expect(["FORBIDDEN_WRITE", "VALIDATION"]).toContain(body.error.code);
    const after = await snapshot();
    expect(after.own).toEqual(before.own);
    expect(after.probes).toEqual(before.probes);
    expect(after.schema).toEqual({ hacked: false, searchIndex: true });
    counts = [before.counts, after.counts];
    if (JSON.stringify(after.counts) === JSON.stringify(before.counts)) return;
  }
  expect(counts[1]).toEqual(counts[0]);
}

/** What a write would change: the whole graph and the fixture's own nodes. */
async function snapshot() {
  const counts = await gateway.counts();
  const [own] = await gateway.read(
    "MATCH (n) WHERE n.key CONTAINS $marker RETURN count(n) AS nodes, collect(n.name) AS names, sum(COUNT { (n)--() }) AS degree",
    { marker: fx.marker },
  );
  const [probes] = await gateway.read("MATCH (n:ApiWriteProbe) RETURN count(n) AS probes");
  const [labels] = await gateway.read("CALL db.labels() YIELD label RETURN 'Hacked' IN collect(label) AS hacked");
  const [index] = await gateway.read("SHOW INDEXES YIELD name WHERE name = 'entityNames' RETURN count(*) > 0 AS searchIndex");
  const schema = { hacked: labels?.hacked, searchIndex: index?.searchIndex };
  return { counts, own, probes, schema };
}

describe("POST /api/cypher", () => {
  it("runs a parameterised read query", async () => {
    const { status, body } = await post("/api/cypher", {
      query: "MATCH (e:Entity) WHERE e.key STARTS WITH $prefix RETURN e.key AS key, e.aliases AS aliases ORDER BY key",
      params: { prefix: fx.key("") },
    });
    expect(status).toBe(200);
    CypherResponse.parse(body);
    expect(body.columns).toEqual(["key", "aliases"]);
    expect(body.rows).toHaveLength(7);
    expect(body.rows[0].key).toBe(fx.key("bzk"));
    expect(body.truncated).toBe(false);
    expect(typeof body.ms).toBe("number");
  });

  it("converts dates and integers to JSON", async () => {
    const { body } = await post("/api/cypher", { query: "RETURN date('2022-10-21') AS d, 9007199254740993 AS big, 42 AS n" });
    expect(body.rows[0]).toEqual({ d: "2022-10-21", big: "9007199254740993", n: 42 });
  });

  it("caps rows", async () => {
    const { body } = await post("/api/cypher", { query: "UNWIND range(1, 1000) AS x RETURN x" });
    expect(body.rows).toHaveLength(50);
    expect(body.truncated).toBe(true);
    expect(body.rowCap).toBe(50);
  });

  it("stops slow queries with 504", async () => {
    const { status, body } = await post("/api/cypher", {
      query: "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7919 = -1 RETURN count(x) AS c",
    });
    expect(status).toBe(504);
    expect(body.error.code).toBe("QUERY_TIMEOUT");
  });

  it.each([
    ["CREATE", "CREATE (:ApiWriteProbe {key: $marker})"],
    ["create (lower case)", "create (:ApiWriteProbe {key: $marker})"],
    ["MERGE", "MERGE (:ApiWriteProbe {key: $marker})"],
    ["DELETE", "MATCH (n:Entity) WHERE n.key CONTAINS $marker DELETE n"],
    ["DETACH DELETE", "MATCH (n) WHERE n.key CONTAINS $marker DETACH DELETE n"],
    ["SET", "MATCH (n:Entity) WHERE n.key CONTAINS $marker SET n.name = 'hacked'"],
    ["REMOVE", "MATCH (n:Entity) WHERE n.key CONTAINS $marker REMOVE n.name"],
    ["LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS line CREATE (:ApiWriteProbe {line: line[0]})"],
    ["CALL dbms", "CALL dbms.security.createUser('mallory', 'mallory-password', false)"],
    ["CALL dbms (read-looking)", "CALL dbms.listConfig() YIELD name RETURN name"],
    ["CALL db.create", "CALL db.createLabel('Hacked')"],
    ["FOREACH", "MATCH (n:Entity) WHERE n.key CONTAINS $marker FOREACH (x IN [1] | SET n.name = 'x')"],
    ["IN TRANSACTIONS", "UNWIND [1] AS x CALL { CREATE (:ApiWriteProbe) } IN TRANSACTIONS RETURN 1"],
    ["DROP", "DROP INDEX entityNames"],
    ["after a comment", "MATCH (n) // harmless\nWITH n LIMIT 1 CREATE (:ApiWriteProbe {key: $marker})"],
  ])("refuses %s with 400 and changes nothing", async (_name, query) => {
    await expectRefusedAndUnchanged(() => post("/api/cypher", { query, params: { marker: fx.marker } }));
  });

  it("relies on Neo4j's READ access mode underneath the plan check", async () => {
    // Straight to the gateway, past the plan check: Neo4j itself must refuse.
    for (const query of ["CREATE (:ApiWriteProbe {key: $marker})", "MATCH (n:Entity) WHERE n.key CONTAINS $marker SET n.name = 'hacked'"]) {
      await expectRefusedAndUnchanged(async () => {
        try {
          await gateway.runUserQuery(query, { marker: fx.marker }, { timeoutMs: 5_000, rowCap: 10 });
          return { status: 200, body: { error: { code: "none" } } };
        } catch (error) {
          expect(error).toBeInstanceOf(ForbiddenWriteError);
          return { status: (error as ForbiddenWriteError).status, body: { error: { code: (error as ForbiddenWriteError).code } } };
        }
      });
    }
  });

  it("rejects bad bodies", async () => {
    for (const body of [{}, { query: 5 }, { query: "   " }, { query: "RETURN 1", params: [1] }, { query: "RETURN 1", extra: true }]) {
      const result = await post("/api/cypher", body);
      expect(result.status, JSON.stringify(body)).toBe(400);
      expect(result.body.error.code).toBe("VALIDATION");
    }
    const malformed = await post("/api/cypher", "{not json");
    expect(malformed.status).toBe(400);
    const syntax = await post("/api/cypher", { query: "MATCH (n RETURN n" });
    expect(syntax.status).toBe(400);
    expect(syntax.body.error.code).toBe("VALIDATION");
  });

  it("answers 413 with a JSON error for an oversize body", async () => {
    const big = { query: "RETURN $blob AS blob", params: { blob: "x".repeat(1_200_000) } };
    const { status, body } = await post("/api/cypher", big);
    expect(status).toBe(413);
    expect(body.error.code).toBe("PAYLOAD_TOO_LARGE");
    const huge = await post("/api/cypher", { query: "RETURN 1", params: { blob: "x".repeat(6_000_000) } });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});
