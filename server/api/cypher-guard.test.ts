import { describe, expect, it } from "vitest";
import { ForbiddenWriteError } from "../errors.ts";
import { assertReadOnlyCypher, stripLiteralsAndComments } from "./cypher-guard.ts";

describe("assertReadOnlyCypher", () => {
  it.each([
    "CREATE (n:Entity {key: 'x'})",
    "MATCH (n) DETACH DELETE n",
    "merge (n:Entity {key: $k})",
    "MATCH (n:Entity) SET n.name = 'x'",
    "MATCH (n) REMOVE n.name",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "CALL dbms.security.createUser('a', 'b')",
    "CALL dbms.components()",
    "UNWIND [1] AS x CALL { CREATE () } IN TRANSACTIONS",
    "DROP INDEX entityNames",
    "USE system SHOW USERS",
    "MATCH (n) FOREACH (x IN [1] | SET n.a = x)",
  ])("refuses %s", (query) => {
    expect(() => assertReadOnlyCypher(query)).toThrow(ForbiddenWriteError);
  });

  it.each([
    "MATCH (n:Entity) RETURN n.name LIMIT 5",
    "MATCH (n:Entity) WHERE n.name = 'CREATE something' RETURN n",
    "MATCH (n:Entity {key: $key}) RETURN n // DELETE in a comment",
    "MATCH (n:Entity) WHERE n.name CONTAINS 'set' RETURN count(n) AS created",
    "MATCH (n:Entity) RETURN n.`created at`",
    "CALL db.index.fulltext.queryNodes('entityNames', 'ubr') YIELD node RETURN node.key",
  ])("allows %s", (query) => {
    expect(() => assertReadOnlyCypher(query)).not.toThrow();
  });
});

describe("stripLiteralsAndComments", () => {
  it("keeps offsets and blanks strings with escaped quotes", () => {
    const query = "RETURN 'a\\'b' AS x /* c */";
    const stripped = stripLiteralsAndComments(query);
    expect(stripped).toHaveLength(query.length);
    expect(stripped.trim()).toBe("RETURN        AS x");
  });
});
