import { afterAll, describe, expect, it } from "vitest";
import {
  ConflictError,
  DatabaseUnavailableError,
  ForbiddenWriteError,
  QueryTimeoutError,
  ValidationError,
} from "../../server/errors.ts";
import { testGateway, testKeyPrefix } from "../support/test-neo4j.ts";

const gateway = testGateway();
const prefix = testKeyPrefix("db-gateway");

afterAll(async () => {
  await gateway.write("MATCH (n) WHERE n.key STARTS WITH $prefix DETACH DELETE n", { prefix });
  await gateway.close();
});

describe("gateway against a real Neo4j", () => {
  it("writes and reads back as plain JS values", async () => {
    const key = `${prefix}bzk`;
    await gateway.write(
      `CREATE (e:Entity:Organisation {key: $key, name: $name, aliases: $aliases, founded: date($founded), seen: datetime($seen)})
       CREATE (d:Document {key: $docKey, chars: 1234})
       CREATE (e)-[:MENTIONED_TEST {count: 3}]->(d)`,
      { key, name: "Ministerie van BZK", aliases: ["BZK"], founded: "1998-01-01", seen: "2024-05-01T10:00:00Z", docKey: `${prefix}doc` },
    );
    const rows = await gateway.read(
      "MATCH (e:Entity {key: $key})-[r]->(d:Document) RETURN e, r, d.chars AS chars, e.founded AS founded, e.seen AS seen",
      { key },
    );
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.e).toEqual({
      labels: expect.arrayContaining(["Entity", "Organisation"]),
      properties: { key, name: "Ministerie van BZK", aliases: ["BZK"], founded: "1998-01-01", seen: "2024-05-01T10:00:00Z" },
    });
    expect(row.r).toEqual({ type: "MENTIONED_TEST", properties: { count: 3 } });
    expect(row.chars).toBe(1234);
    expect(row.founded).toBe("1998-01-01");
  });

  it("rejects a duplicate key with ConflictError and keeps the original", async () => {
    const key = `${prefix}dup`;
    await gateway.write("CREATE (:Entity {key: $key, name: 'first'})", { key });
    await expect(gateway.write("CREATE (:Entity {key: $key, name: 'second'})", { key })).rejects.toBeInstanceOf(ConflictError);
    const rows = await gateway.read("MATCH (e:Entity {key: $key}) RETURN e.name AS name", { key });
    expect(rows).toEqual([{ name: "first" }]);
  });

  it("runs all statements of writeTx atomically", async () => {
    const key = `${prefix}atomic`;
    await expect(
      gateway.writeTx(async (tx) => {
        await tx.run("CREATE (:Entity {key: $key})", { key });
        throw new Error("caller failure");
      }),
    ).rejects.toThrow("caller failure");
    expect(await gateway.read("MATCH (e:Entity {key: $key}) RETURN e", { key })).toEqual([]);
  });

  it("runUserQuery refuses writes (READ session)", async () => {
    const key = `${prefix}user-write`;
    await expect(gateway.runUserQuery("CREATE (:Entity {key: $key})", { key }, { timeoutMs: 5000, rowCap: 10 })).rejects.toBeInstanceOf(
      ForbiddenWriteError,
    );
    expect(await gateway.read("MATCH (e:Entity {key: $key}) RETURN e", { key })).toEqual([]);
  });

  it("runUserQuery caps rows and reports truncation", async () => {
    const result = await gateway.runUserQuery("UNWIND range(1, $n) AS i RETURN i", { n: 50 }, { timeoutMs: 5000, rowCap: 10 });
    expect(result.columns).toEqual(["i"]);
    expect(result.rows).toHaveLength(10);
    expect(result.rows[0]).toEqual({ i: 1 });
    expect(result.truncated).toBe(true);
    const all = await gateway.runUserQuery("UNWIND range(1, $n) AS i RETURN i", { n: 10 }, { timeoutMs: 5000, rowCap: 10 });
    expect(all.truncated).toBe(false);
  });

  it("runUserQuery stops slow queries with QueryTimeoutError", async () => {
    const slow = "UNWIND range(1, 100000000) AS a WITH a WHERE a % 7 = 3 RETURN count(a) AS n";
    await expect(gateway.runUserQuery(slow, {}, { timeoutMs: 200, rowCap: 10 })).rejects.toBeInstanceOf(QueryTimeoutError);
  });

  it("maps syntax errors to ValidationError", async () => {
    await expect(gateway.runUserQuery("MATCH (n RETURN n", {}, { timeoutMs: 5000, rowCap: 10 })).rejects.toBeInstanceOf(ValidationError);
  });

  it("maps an unreachable Neo4j to DatabaseUnavailableError", async () => {
    const dead = testGateway({ uri: "bolt://127.0.0.1:1" });
    try {
      await expect(dead.read("RETURN 1")).rejects.toBeInstanceOf(DatabaseUnavailableError);
    } finally {
      await dead.close();
    }
  });
});
