import { describe, expect, it } from "vitest";
import { STRUCTURAL_NODES } from "../../model/graph-model.ts";
import { commitmentKey, documentKey, documentNodeId, evidenceKey, mentionKey, questionKey, relationKey } from "./keys.ts";

// The keys the ingestion MERGEs on must be the ones cypher/README.md shows (the model's key examples).
describe("graph keys", () => {
  const doc = "000_b27fdd294b83071a";

  it("build the model's key examples", () => {
    expect(documentKey(`seeds/${doc}.txt`)).toBe(STRUCTURAL_NODES.Document.keyExample);
    expect(questionKey(doc, 3)).toBe(STRUCTURAL_NODES.Question.keyExample);
    expect(mentionKey(doc, 120, 124)).toBe(STRUCTURAL_NODES.Mention.keyExample);
    expect(evidenceKey(relationKey("FUNDED", "bzk", "ntf"), doc, 300, 420)).toBe(STRUCTURAL_NODES.Evidence.keyExample);
    expect(commitmentKey(doc, 1200)).toBe(STRUCTURAL_NODES.Commitment.keyExample);
  });

  it("give a document end its doc: prefix", () => {
    expect(relationKey("ASKED", "leijten", documentNodeId(doc))).toBe(`ASKED|leijten|doc:${doc}`);
  });
});
