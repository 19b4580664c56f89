import { readFileSync } from "node:fs";
import { z } from "zod";
import type { PlanNode, PlannedQuery } from "../db/query-plan.ts";
import { ForbiddenWriteError } from "../errors.ts";

export type { PlanNode, PlannedQuery };

// POST /api/cypher runs a user's query only after Neo4j has planned it
// (EXPLAIN) and this module has judged that plan: Neo4j's own query type must
// be read-only and every operator, procedure and nested subquery must be on
// the allow-list in cypher-read-policy.json. The query text is never matched
// against keywords: Cypher's lexer (control characters as white space,
// backticks, comments, unicode escapes) is not ours to imitate, and keyword
// regexes both let attacks through and refuse names like `use` or `$create`.

const PolicySchema = z.object({
  allowedOperators: z.array(z.object({ reason: z.string(), names: z.array(z.string()) })),
  refusedOperators: z.record(z.string(), z.string()),
  allowedProcedures: z.array(z.object({ name: z.string(), reason: z.string() })),
  nestedText: z.object({
    refused: z.array(z.object({ marker: z.string(), reason: z.string() })),
    procedureCall: z.string(),
  }),
});

const policy = PolicySchema.parse(JSON.parse(readFileSync(new URL("./cypher-read-policy.json", import.meta.url), "utf8")));
const allowedOperators = new Set(policy.allowedOperators.flatMap((group) => group.names));
const allowedProcedures = new Set(policy.allowedProcedures.map((p) => p.name.toLowerCase()));

export interface GuardContext {
  /** Functions that are not built into Cypher (plugins such as APOC), as `SHOW FUNCTIONS` lists them. */
  userFunctions: readonly string[];
}

const queryTypeNames: Record<string, string> = { rw: "a read-write query", w: "a write query", s: "a schema or administration command" };

/** "Expand(All)@neo4j" → "Expand" */
export function operatorBaseName(operatorType: string): string {
  return operatorType.replace(/@.*$/, "").replace(/\(.*$/, "");
}

function* walk(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

function details(node: PlanNode): string {
  const value = node.arguments?.Details;
  return typeof value === "string" ? value : "";
}

/** The procedure name at the start of a ProcedureCall's Details: "db.labels() :: (label :: STRING)". */
function procedureName(text: string): string {
  return text.trim().replace(/\(.*$/s, "").trim();
}

function refusedOperatorReason(base: string): string | undefined {
  if (policy.refusedOperators[base]) return policy.refusedOperators[base];
  if (base.startsWith("Show")) return policy.refusedOperators.Show;
  if (base.startsWith("Terminate")) return policy.refusedOperators.TerminateTransactions;
  return undefined;
}

function judgeProcedure(name: string): string | undefined {
  if (allowedProcedures.has(name.toLowerCase())) return undefined;
  return name.toLowerCase().startsWith("dbms.")
    ? `procedure ${name} administers the server`
    : `procedure ${name} is not on the list of read procedures`;
}

/** Procedures and refused clauses inside subqueries that Neo4j left as text in an operator's Details. */
function judgeNestedText(text: string): string[] {
  const reasons: string[] = [];
  const upper = text.toUpperCase();
  for (const { marker, reason } of policy.nestedText.refused) {
    if (upper.includes(marker)) reasons.push(`a subquery uses ${marker}: ${reason}`);
  }
  let at = text.indexOf(policy.nestedText.procedureCall);
  while (at >= 0) {
    const name = procedureName(text.slice(at + policy.nestedText.procedureCall.length));
    const reason = judgeProcedure(name);
    if (reason) reasons.push(reason);
    at = text.indexOf(policy.nestedText.procedureCall, at + 1);
  }
  return reasons;
}

/** Every reason Neo4j's plan gives to refuse the query; empty when it may run. */
export function judgePlan(planned: PlannedQuery, context: GuardContext): string[] {
  const reasons: string[] = [];
  if (planned.queryType !== "r") {
    reasons.push(`Neo4j classifies this as ${queryTypeNames[planned.queryType] ?? `query type '${planned.queryType}'`}`);
  }
  if (!planned.plan) {
    reasons.push("Neo4j gave no plan for this query");
    return reasons;
  }
  const userFunctions = context.userFunctions.map((name) => ({ name, call: new RegExp(`(?<![\\w.])${name.replace(/\./g, "\\.")}\\s*\\(`, "i") }));
  for (const node of walk(planned.plan)) {
    const base = operatorBaseName(node.operatorType);
    const text = details(node);
    if (base === "ProcedureCall") {
      const reason = judgeProcedure(procedureName(text));
      if (reason) reasons.push(reason);
    } else if (!allowedOperators.has(base)) {
      const why = refusedOperatorReason(base);
      reasons.push(why ? `${base}: ${why}` : `operator ${base} is not on the list of read operators`);
    }
    reasons.push(...judgeNestedText(text));
    for (const fn of userFunctions) if (fn.call.test(text)) reasons.push(`function ${fn.name} is a plugin function, not a built-in one`);
  }
  return [...new Set(reasons)];
}

/** Throws ForbiddenWriteError (400) when the plan may not run. */
export function assertReadOnlyPlan(planned: PlannedQuery, context: GuardContext): void {
  const reasons = judgePlan(planned, context);
  if (reasons.length > 0) {
    throw new ForbiddenWriteError(`Only read queries are allowed here: ${reasons.join("; ")}.`, { reasons });
  }
}
