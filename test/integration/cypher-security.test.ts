import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../server/db/gateway.ts";
import { createApiFixture, type ApiFixture } from "../support/api-fixture.ts";
import { startApi, testApiConfig, type RunningApi } from "../support/api-server.ts";
import { testGateway } from "../support/test-neo4j.ts";

// Every class of payload that got past the old keyword guard (issue 10,
// defects 1-3), sent to POST /api/cypher on a real Neo4j. Each must be refused
// with a 4xx, and afterwards the graph, the Neo4j process, other clients'
// connections and a canary HTTP server must all be untouched.

let gateway: Gateway;
let api: RunningApi;
let fx: ApiFixture;
let canary: Server;
let canaryUrl: string;
let canaryHits = 0;

beforeAll(async () => {
  gateway = testGateway();
  fx = await createApiFixture(gateway);
  api = await startApi(gateway, { config: { ...testApiConfig, CYPHER_ROW_CAP: 50, CYPHER_TIMEOUT_MS: 5_000 } });
  canary = createServer((_req, res) => {
    canaryHits++;
    res.end("secret,canary\n");
  });
  canary.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => canary.once("listening", resolve));
  canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}/data.csv`;
});

afterAll(async () => {
  await api?.close();
  await fx?.cleanup();
  await gateway?.close();
  await new Promise<void>((resolve) => (canary ? canary.close(() => resolve()) : resolve()));
});

async function post(body: unknown) {
  const response = await fetch(`${api.url}/api/cypher`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as any };
}

/** The Neo4j process (pid and start time, from its own JMX) and the graph. */
async function state() {
  const [jvm] = await gateway.read(
    "CALL dbms.queryJmx('java.lang:type=Runtime') YIELD attributes RETURN attributes.Pid.value AS pid, attributes.StartTime.value AS started",
  );
  const [own] = await gateway.read(
    "MATCH (n) WHERE n.key CONTAINS $marker OPTIONAL MATCH (n)-[r]-() RETURN count(DISTINCT n) AS nodes, collect(DISTINCT n.name) AS names, count(r) AS rels",
    { marker: fx.marker },
  );
  const [probes] = await gateway.read("MATCH (n) WHERE n:ApiWriteProbe OR n:Hacked RETURN count(n) AS n");
  const [labels] = await gateway.read("CALL db.labels() YIELD label RETURN collect(label) AS labels");
  return { jvm, own, probes, hacked: (labels?.labels as string[]).includes("Hacked") };
}

const file = "file:///etc/hostname";
/** Cypher reads these as white space (or Neo4j refuses them as syntax): either way they must not open a hole. */
const separators = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), "\u0085", "\u2028", "\u2029", "\u00a0", "\u3000"];
const templates = [
  (s: string) => `LOAD${s}CSV FROM '${file}' AS l RETURN l`,
  (s: string) => `CALL dbms${s}.listConfig() YIELD name RETURN name`,
  (s: string) => `CALL${s}\`dbms\`.listConnections()`,
  (s: string) => `UNWIND [1] AS x CALL { CREATE (:ApiWriteProbe) }${s}IN${s}TRANSACTIONS RETURN 1`,
  (s: string) => `MATCH (n) WHERE n.key CONTAINS $marker${s}DETACH${s}DELETE n`,
  (s: string) => `SHOW${s}TRANSACTIONS`,
];

const named: Array<[string, string]> = [
  ["backticked namespace", "CALL `dbms`.listConfig()"],
  ["backticked db namespace", "CALL `db`.clearQueryCaches()"],
  ["listConnections", "CALL dbms.listConnections()"],
  ["killConnections", "CALL `dbms`.killConnections(['bolt-1', 'bolt-2'])"],
  ["info", "CALL dbms.info()"],
  ["components", "CALL dbms.components()"],
  ["queryJmx", "CALL dbms.queryJmx('*:*')"],
  ["createUser", "CALL dbms.security.createUser('mallory', 'mallory-password', false)"],
  ["setConfigValue", "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')"],
  ["clearQueryCaches", "CALL db.clearQueryCaches()"],
  ["createLabel", "CALL db.createLabel('Hacked')"],
  ["unicode escape in a procedure name", "CALL \\u0064bms.listConfig()"],
  ["unicode escape in the dot", "CALL dbms\\u002ElistConfig()"],
  ["comment inside LOAD CSV", `LOAD/**/CSV FROM '${file}' AS l RETURN l`],
  ["line comment inside LOAD CSV", `LOAD // x\nCSV FROM '${file}' AS l RETURN l`],
  ["lower case load csv", `load csv from '${file}' as l return l`],
  ["LOAD CSV of the password file", "LOAD CSV FROM 'file:///' + $path AS l RETURN l"],
  ["LOAD CSV with a parameter URL", "LOAD CSV FROM $url AS l RETURN l"],
  ["LOAD CSV of an http URL", "LOAD CSV FROM $url AS l RETURN l[0] AS secret"],
  ["LOAD CSV inside COUNT", "RETURN COUNT { LOAD CSV FROM $url AS l RETURN l } AS n"],
  ["LOAD CSV inside CASE (nested plan)", "RETURN CASE WHEN rand() > 2 THEN COUNT { LOAD CSV FROM $url AS l RETURN l } ELSE 0 END AS n"],
  ["procedure inside CASE (nested plan)", "RETURN CASE WHEN rand() < 2 THEN COLLECT { CALL dbms.listConfig() YIELD name RETURN name } ELSE [] END AS x"],
  ["db procedure inside CASE", "RETURN CASE WHEN rand() < 2 THEN COUNT { CALL db.clearQueryCaches() YIELD value RETURN value } ELSE 0 END AS x"],
  ["procedure inside EXISTS", "RETURN EXISTS { CALL db.clearQueryCaches() YIELD value RETURN value } AS x"],
  ["IN TRANSACTIONS inside CASE", "RETURN CASE WHEN rand() > 2 THEN COUNT { CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1 AS y } ELSE 0 END AS x"],
  ["read-only IN TRANSACTIONS", "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1"],
  ["SHOW TRANSACTIONS", "SHOW TRANSACTIONS"],
  ["SHOW TRANSACTIONS YIELD", "SHOW TRANSACTIONS YIELD transactionId, currentQuery, parameters RETURN *"],
  ["TERMINATE TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ["SHOW USERS", "SHOW USERS"],
  ["SHOW DATABASES", "SHOW DATABASES"],
  ["SHOW SETTINGS", "SHOW SETTINGS YIELD name, value RETURN name, value"],
  ["SHOW PROCEDURES", "SHOW PROCEDURES"],
  ["SHOW FUNCTIONS", "SHOW FUNCTIONS"],
  ["USE system", "USE system SHOW USERS"],
  ["CREATE", "CREATE (:ApiWriteProbe {key: $marker})"],
  ["MERGE", "MERGE (:Hacked {key: $marker})"],
  ["SET", "MATCH (n:Entity) WHERE n.key CONTAINS $marker SET n.name = 'hacked'"],
  ["FOREACH SET", "MATCH (n:Entity) WHERE n.key CONTAINS $marker FOREACH (x IN [1] | SET n.name = 'x')"],
  ["DROP INDEX", "DROP INDEX entityNames"],
  ["CREATE INDEX", "CREATE INDEX hacked FOR (n:Hacked) ON (n.key)"],
  ["write in a CALL subquery", "CALL { CREATE (:ApiWriteProbe) } RETURN 1"],
];

describe("POST /api/cypher refuses every escape from read-only", () => {
  let before: Awaited<ReturnType<typeof state>>;
  beforeAll(async () => {
    before = await state();
  });

  it.each(separators.map((s) => [s.codePointAt(0)!.toString(16).padStart(4, "0"), s] as const))("separator U+%s in keywords", async (_hex, s) => {
    for (const template of templates) {
      const query = template(s);
      const { status, body } = await post({ query, params: { marker: fx.marker } });
      expect(status, JSON.stringify(query)).toBe(400);
      expect(["FORBIDDEN_WRITE", "VALIDATION"], JSON.stringify(query)).toContain(body.error.code);
    }
  });

  it.each(named)("%s", async (_name, query) => {
    const { status, body } = await post({ query, params: { marker: fx.marker, url: canaryUrl, path: "etc/hostname" } });
    expect(status, JSON.stringify(body)).toBe(400);
    expect(["FORBIDDEN_WRITE", "VALIDATION"]).toContain(body.error.code);
    // The answer never carries what a refused query would have read.
    expect(JSON.stringify(body)).not.toMatch(/secret,canary|dbms\.security\.auth_enabled/);
  });

  it("names Neo4j's reasons in the refusal", async () => {
    const { body } = await post({ query: `LOAD CSV FROM '${file}' AS l RETURN l` });
    expect(body.error.code).toBe("FORBIDDEN_WRITE");
    expect(body.error.message).toMatch(/LOAD CSV reads files/);
    const show = await post({ query: "SHOW TRANSACTIONS" });
    expect(show.body.error.message).toMatch(/SHOW commands/);
  });

  it("left the graph, the Neo4j process and the canary untouched", async () => {
    const after = await state();
    expect(after).toEqual(before);
    expect(after.hacked).toBe(false);
    expect(canaryHits).toBe(0);
  });
});

describe("one query cannot take Neo4j down", () => {
  it.each([
    ["a string doubled 40 times (heap)", "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n"],
    ["a list collected past the transaction limit", "UNWIND range(1, 3000000) AS x WITH collect(toString(x) + '----------------------------------------') AS l RETURN size(l) AS n"],
  ])("%s gets 422 and Neo4j keeps answering", async (_name, query) => {
    const before = await state();
    const { status, body } = await post({ query });
    expect(status, JSON.stringify(body)).toBe(422);
    expect(body.error.code).toBe("QUERY_MEMORY_LIMIT");
    const health = await post({ query: "RETURN 1 AS one" });
    expect(health.status).toBe(200);
    expect((await state()).jvm).toEqual(before.jvm);
  });

  it("the reported bomb (doubled 29 times, 512 MB) either fits the heap or gets 422, and Neo4j keeps answering", async () => {
    const before = await state();
    const { status } = await post({ query: "RETURN size(reduce(s = 'x', i IN range(1, 29) | s + s)) AS n" });
    expect([200, 422]).toContain(status);
    expect((await post({ query: "RETURN 1 AS one" })).status).toBe(200);
    expect((await state()).jvm).toEqual(before.jvm);
  });
});

describe("Neo4j's own settings hold even past the guard", () => {
  it("refuses file URLs in LOAD CSV", async () => {
    await expect(gateway.runUserQuery(`LOAD CSV FROM '${file}' AS l RETURN l`, {}, { timeoutMs: 5_000, rowCap: 5 })).rejects.toMatchObject({
      status: 400,
    });
  });

  it("does not fetch URLs in LOAD CSV", async () => {
    await expect(gateway.runUserQuery("LOAD CSV FROM $url AS l RETURN l", { url: canaryUrl }, { timeoutMs: 5_000, rowCap: 5 })).rejects.toBeDefined();
    expect(canaryHits).toBe(0);
  });
});

describe("POST /api/cypher still runs legitimate reads", () => {
  it.each([
    ["a column named use", "RETURN 1 AS use", {}],
    ["a column named set", "MATCH (d:Document) RETURN d.kind AS set LIMIT 1", {}],
    ["a parameter named create", "RETURN $create AS x", { create: "ok" }],
    ["a string holding keywords", "RETURN 'LOAD CSV FROM file:/// CALL dbms.listConfig() DETACH DELETE' AS text", {}],
    ["a property named delete", "MATCH (e:Entity) WHERE e.delete IS NULL RETURN count(e) AS n", {}],
    ["label listing", "CALL db.labels() YIELD label RETURN label", {}],
    ["full-text search", "CALL db.index.fulltext.queryNodes('entityNames', 'bzk') YIELD node RETURN node.key AS key LIMIT 3", {}],
    ["shortest path", "MATCH (a:Entity), (b:Entity) WHERE a <> b WITH a, b LIMIT 1 MATCH p = shortestPath((a)-[*..4]-(b)) RETURN length(p) AS hops", {}],
    ["subqueries, aggregation, union", "MATCH (e:Entity) WHERE EXISTS { (e)--() } WITH e, COUNT { (e)--() } AS degree RETURN e.key AS key, degree ORDER BY degree DESC LIMIT 3 UNION RETURN 'x' AS key, 0 AS degree", {}],
    ["CASE with COUNT", "MATCH (e:Entity) RETURN CASE WHEN e.name IS NULL THEN 0 ELSE COUNT { (e)--() } END AS n LIMIT 3", {}],
    ["optional match and collect", "MATCH (e:Entity) OPTIONAL MATCH (e)-[r]->(o) RETURN e.key AS key, collect(type(r))[0..3] AS types LIMIT 5", {}],
    ["pre-parser option", "CYPHER runtime=slotted MATCH (n) RETURN count(n) AS n", {}],
  ])("%s", async (_name, query, params) => {
    const { status, body } = await post({ query, params });
    expect(status, JSON.stringify(body)).toBe(200);
  });
});
