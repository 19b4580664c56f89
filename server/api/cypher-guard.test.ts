import { describe, expect, it } from "vitest";
import { ForbiddenWriteError } from "../errors.ts";
import { assertReadOnlyPlan, judgePlan, operatorBaseName, type PlanNode } from "./cypher-guard.ts";

// Plans in the shape Neo4j 5.26 reports them for EXPLAIN (recorded from the
// real server; the integration tier test/integration/cypher-security.test.ts
// runs the same classes of query against a real Neo4j).
function op(operatorType: string, Details = "", children: PlanNode[] = []): PlanNode {
  return { operatorType: `${operatorType}@neo4j`, arguments: { Details }, children };
}
const none = { userFunctions: [] };

describe("judgePlan", () => {
  it("lets a plain read through", () => {
    const plan = op("ProduceResults", "`n.name`", [op("Projection", "cache[n.name] AS `n.name`", [op("Limit", "3", [op("Filter", "", [op("NodeByLabelScan", "n:Entity")])])])]);
    expect(judgePlan({ queryType: "r", plan }, none)).toEqual([]);
  });

  it("reads operator names with their variants", () => {
    expect(operatorBaseName("Expand(All)@neo4j")).toBe("Expand");
    expect(operatorBaseName("VarLengthExpand(Pruning,BFS)@neo4j")).toBe("VarLengthExpand");
    const plan = op("ProduceResults", "", [op("OptionalExpand(All)", "", [op("VarLengthExpand(Pruning,BFS)", "", [op("NodeByLabelScan")])])]);
    expect(judgePlan({ queryType: "r", plan }, none)).toEqual([]);
  });

  it("refuses what Neo4j calls a write or an administration command", () => {
    expect(judgePlan({ queryType: "rw", plan: op("ProduceResults", "", [op("Create")]) }, none).join()).toMatch(/read-write/);
    expect(judgePlan({ queryType: "s", plan: op("AdministrationCommand") }, none).join()).toMatch(/administration/);
  });

  it("refuses LOAD CSV even though Neo4j calls it a read", () => {
    const reasons = judgePlan({ queryType: "r", plan: op("ProduceResults", "l", [op("LoadCSV", "l")]) }, none);
    expect(reasons.join()).toMatch(/LoadCSV: LOAD CSV reads files/);
  });

  it("refuses SHOW and TERMINATE commands that Neo4j plans as reads", () => {
    expect(judgePlan({ queryType: "r", plan: op("ProduceResults", "", [op("ShowTransactions", "defaultColumns, allTransactions")]) }, none)).toHaveLength(1);
    expect(judgePlan({ queryType: "r", plan: op("ProduceResults", "", [op("TerminateTransactions")]) }, none).join()).toMatch(/other people's queries/);
    expect(judgePlan({ queryType: "r", plan: op("ProduceResults", "", [op("ShowSettings")]) }, none).join()).toMatch(/SHOW commands/);
  });

  it("refuses CALL … IN TRANSACTIONS", () => {
    const plan = op("ProduceResults", "", [op("TransactionApply", "", [op("AllNodesScan"), op("Argument")])]);
    expect(judgePlan({ queryType: "r", plan }, none).join()).toMatch(/IN TRANSACTIONS/);
  });

  it("allows listed read procedures and refuses every other one", () => {
    const call = (details: string) => op("ProduceResults", "", [op("ProcedureCall", details)]);
    expect(judgePlan({ queryType: "r", plan: call("db.labels() :: (label :: STRING)") }, none)).toEqual([]);
    expect(judgePlan({ queryType: "r", plan: call("db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE)") }, none)).toEqual([]);
    expect(judgePlan({ queryType: "r", plan: call("db.clearQueryCaches() :: (value :: STRING)") }, none).join()).toMatch(/not on the list/);
    expect(judgePlan({ queryType: "s", plan: call("dbms.listConfig() :: (name :: STRING)") }, none).join()).toMatch(/administers the server/);
  });

  it("looks into subqueries Neo4j left as text (COUNT/COLLECT inside CASE)", () => {
    const hidden = (details: string) => op("ProduceResults", "x", [op("Projection", details)]);
    const loadCsv = 'CASE\n  WHEN rand() > $autoint_0 THEN COUNT { LOAD CSV FROM "file:///etc/hostname" AS l RETURN l AS l }\n  ELSE $autoint_1\nEND AS x';
    expect(judgePlan({ queryType: "r", plan: hidden(loadCsv) }, none).join()).toMatch(/subquery uses LOAD CSV/);
    const procedure = "CASE WHEN rand() > $autoint_0 THEN COUNT { ResolvedCall(db.clearQueryCaches() :: value :: STRING,ArraySeq()) RETURN value AS value } END AS x";
    expect(judgePlan({ queryType: "r", plan: hidden(procedure) }, none).join()).toMatch(/db\.clearQueryCaches/);
    const allowed = "CASE WHEN rand() > $autoint_0 THEN COUNT { ResolvedCall(db.labels() :: label :: STRING,ArraySeq()) RETURN label AS label } END AS x";
    expect(judgePlan({ queryType: "r", plan: hidden(allowed) }, none)).toEqual([]);
    const batches = "CASE WHEN rand() > $autoint_0 THEN COUNT { CALL {   MATCH (n)   RETURN n AS n } IN TRANSACTIONS RETURN $`autoint_1` AS y } END AS x";
    expect(judgePlan({ queryType: "r", plan: hidden(batches) }, none).join()).toMatch(/IN TRANSACTIONS/);
  });

  it("refuses plugin functions Neo4j reports, and only those", () => {
    const plan = op("ProduceResults", "x", [op("Projection", "apoc.text.join($autolist_0, $autostring_1) AS x")]);
    expect(judgePlan({ queryType: "r", plan }, { userFunctions: ["apoc.text.join"] }).join()).toMatch(/plugin function/);
    expect(judgePlan({ queryType: "r", plan }, { userFunctions: ["apoc.text.format"] })).toEqual([]);
  });

  it("refuses an operator it does not know, naming it", () => {
    expect(judgePlan({ queryType: "r", plan: op("ProduceResults", "", [op("FutureOperator")]) }, none)).toEqual([
      "operator FutureOperator is not on the list of read operators",
    ]);
  });

  it("assertReadOnlyPlan throws a 400 with every reason", () => {
    const plan = op("ProduceResults", "", [op("LoadCSV"), op("ShowUsers")]);
    try {
      assertReadOnlyPlan({ queryType: "r", plan }, none);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ForbiddenWriteError);
      expect((error as ForbiddenWriteError).status).toBe(400);
      expect(((error as ForbiddenWriteError).details as { reasons: string[] }).reasons).toHaveLength(2);
    }
  });
});
