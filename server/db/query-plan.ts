// What Neo4j says about a query it has planned but not run (EXPLAIN), as the
// driver reports it in ResultSummary.queryType and ResultSummary.plan.

/** One operator of the plan. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

export interface PlannedQuery {
  /** 'r' read, 'rw' read-write, 'w' write, 's' schema or administration. */
  queryType: string;
  plan: PlanNode | false;
}
