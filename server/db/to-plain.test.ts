import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toPlain } from "./to-plain.ts";

const { Date: Neo4jDate, DateTime, Node, Relationship, Path, PathSegment, Duration } = neo4j.types;

describe("toPlain", () => {
  it("turns Integers into numbers, or strings beyond the safe range", () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int("9223372036854775807"))).toBe("9223372036854775807");
  });

  it("turns temporal values into ISO strings", () => {
    expect(toPlain(new Neo4jDate(2024, 3, 9))).toBe("2024-03-09");
    expect(toPlain(new DateTime(2024, 3, 9, 10, 5, 0, 0, 0))).toBe("2024-03-09T10:05:00Z");
    expect(toPlain(new Duration(0, 2, 0, 0))).toBe("P0M2DT0S");
  });

  it("turns nodes, relationships and paths into plain objects without internal ids", () => {
    const a = new Node(neo4j.int(1), ["Entity", "Person"], { key: "a", born: neo4j.int(1970) }, "4:x:1");
    const b = new Node(neo4j.int(2), ["Entity"], { key: "b" }, "4:x:2");
    const r = new Relationship(neo4j.int(9), neo4j.int(1), neo4j.int(2), "ADVISED", { evidenceCount: neo4j.int(2) }, "5:x:9", "4:x:1", "4:x:2");
    expect(toPlain(a)).toEqual({ labels: ["Entity", "Person"], properties: { key: "a", born: 1970 } });
    expect(toPlain(r)).toEqual({ type: "ADVISED", properties: { evidenceCount: 2 } });
    const path = new Path(a, b, [new PathSegment(a, r, b)]);
    expect(toPlain(path)).toEqual({
      nodes: [toPlain(a), toPlain(b)],
      relationships: [toPlain(r)],
    });
  });

  it("recurses into lists and maps and keeps null", () => {
    expect(toPlain({ xs: [neo4j.int(1), null, "a"], nested: { n: neo4j.int(2) } })).toEqual({ xs: [1, null, "a"], nested: { n: 2 } });
    expect(toPlain(undefined)).toBeNull();
  });
});
