import { describe, expect, it } from "vitest";
import { relationTypeNames } from "../../extract/model/graph-model.ts";
import { mergeEntitiesStatement, mergeReferenceFactsStatement, mergeRelationsStatement } from "./typed-statements.ts";

describe("typed statements", () => {
  it("fills the label and relationship type from the type table", () => {
    expect(mergeEntitiesStatement("Organisation")).toContain("ON CREATE SET e:Organisation,");
    expect(mergeRelationsStatement("FUNDED")).toContain("MERGE (a)-[r:FUNDED {key: row.key}]->(b)");
    expect(mergeReferenceFactsStatement("HOLDS_OFFICE")).toContain("MERGE (a)-[r:HOLDS_OFFICE {key: row.key}]->(b)");
    expect(mergeRelationsStatement("FUNDED")).toContain("MATCH (b:Entity {key: row.targetKey})");
    expect(mergeRelationsStatement("ASKED")).toContain("MATCH (b:Document {key: row.targetKey})");
  });

  it("leaves no placeholder for any relation type", () => {
    for (const type of relationTypeNames) expect(mergeRelationsStatement(type)).not.toMatch(/__[A-Z_]+__/);
    for (const type of relationTypeNames) expect(mergeReferenceFactsStatement(type)).not.toMatch(/__[A-Z_]+__/);
  });

  it("refuses names outside the type table (no Cypher from input)", () => {
    expect(() => mergeRelationsStatement("FUNDED]->() DETACH DELETE (b")).toThrow(/Not a relation type/);
    expect(() => mergeRelationsStatement("HAS_QUESTION")).toThrow(/Not a relation type/);
    expect(() => mergeEntitiesStatement("Entity:Admin")).toThrow(/Not an entity type/);
    expect(() => mergeReferenceFactsStatement("HOLDS_OFFICE]->() DETACH DELETE (b")).toThrow(/Not a relation type/);
  });
});
