import { describe, expect, it } from "vitest";
import {
  ENTITY_GROUPS,
  ENTITY_TYPES,
  RELATION_TYPES,
  RULE_TYPE_CLASSES,
  STRUCTURAL_NODES,
  entityTypeNames,
  organisationKindsWith,
  relationTypeNames,
  structuralNodeLabels,
} from "./graph-model.ts";
import { keyFormatParts } from "./key-format.ts";

describe("model/graph-model.json", () => {
  it("resolves entity groups in relation ends: ACT-like ends hold Party, ANY every type", () => {
    expect(RELATION_TYPES.ASKED.source).toEqual(["Person", "Organisation", "Committee", "Party"]);
    expect(RELATION_TYPES.ADVISED.target).toEqual(entityTypeNames);
    expect(RELATION_TYPES.ANSWERED.target).toBe("@doc");
    expect(ENTITY_GROUPS.any).toEqual(entityTypeNames);
  });

  it("gives every entity type its own placeholder letter", () => {
    const letters = entityTypeNames.map((t) => ENTITY_TYPES[t].placeholder);
    expect(new Set(letters).size).toBe(letters.length);
    for (const letter of letters) expect(letter).toMatch(/^[A-Z]$/);
  });

  it("has the rule DSL classes the relation rules use, ACT being the model's actor group", () => {
    expect(Object.keys(RULE_TYPE_CLASSES)).toEqual(["ORG", "PER", "PROG", "PARTY", "COM", "ACT", "OP", "ANY"]);
    expect(RULE_TYPE_CLASSES.ACT).toEqual(ENTITY_GROUPS.actor);
    expect(RULE_TYPE_CLASSES.ANY).toEqual(entityTypeNames);
  });

  it("names the examining kinds by trait, not by a hand list", () => {
    expect(organisationKindsWith("auditor", "advisory")).toEqual(["auditor", "advisory body", "regulator"]);
    expect(organisationKindsWith("company")).toEqual(["company"]);
  });

  it("uses upper-case relation types and a reverse label for each", () => {
    for (const type of relationTypeNames) {
      expect(type).toMatch(/^[A-Z_]+$/);
      expect(RELATION_TYPES[type].reverseLabel).not.toBe(RELATION_TYPES[type].label);
    }
  });

  it("gives every structural node a key format whose example has its shape", () => {
    for (const label of structuralNodeLabels) {
      const node = STRUCTURAL_NODES[label];
      const shape = node.keyFormat.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/<\w+>/g, ".+");
      expect(node.keyExample, label).toMatch(new RegExp(`^${shape}$`));
      expect(keyFormatParts(node.keyFormat).length, label).toBeGreaterThan(0);
    }
  });
});
