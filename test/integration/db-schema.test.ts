import { afterAll, describe, expect, it } from "vitest";
import { applySchema, schemaStatements } from "../../server/db/apply-schema.ts";
import { testGateway } from "../support/test-neo4j.ts";

const gateway = testGateway();
afterAll(() => gateway.close());

describe("cypher/schema.cypher in Neo4j", () => {
  it("has every constraint and index of the schema file, online", async () => {
    const constraints = await gateway.read("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *");
    const indexes = await gateway.read("SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties RETURN *");
    const names = (rows: Array<Record<string, unknown>>) => rows.map((row) => row.name);
    const declared = schemaStatements().map((statement) => /(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS/.exec(statement)?.[1]);
    for (const name of declared) {
      expect([...names(constraints), ...names(indexes)], String(name)).toContain(name);
    }
    expect(constraints.find((c) => c.name === "entity_key")).toMatchObject({ type: "UNIQUENESS", labelsOrTypes: ["Entity"], properties: ["key"] });
    const fullText = indexes.find((index) => index.name === "entityNames");
    expect(fullText).toMatchObject({ type: "FULLTEXT", state: "ONLINE", labelsOrTypes: ["Entity"], properties: ["name", "aliasText"] });
    for (const index of indexes) expect(index.state, String(index.name)).toBe("ONLINE");
  });

  it("can be applied again without error or change", async () => {
    const before = await gateway.read("SHOW INDEXES YIELD name RETURN count(*) AS n");
    await applySchema(gateway);
    const after = await gateway.read("SHOW INDEXES YIELD name RETURN count(*) AS n");
    expect(after).toEqual(before);
  });
});
