import { z } from "zod";
import { assertReadOnlyCypher } from "../cypher-guard.ts";
import type { ApiDeps } from "../deps.ts";
import { defineRoute, type AnyRouteSpec } from "../route-registry.ts";

export const CypherBody = z.strictObject({
  query: z.string().trim().min(1, "the query is empty").max(20_000),
  params: z.record(z.string(), z.unknown()).default({}).describe("query parameters ($name)"),
});

export const CypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  truncated: z.boolean().describe("true when more rows existed than the row cap"),
  rowCap: z.number().int(),
  ms: z.number(),
});

export function cypherRoutes(deps: ApiDeps): AnyRouteSpec[] {
  return [
    defineRoute({
      method: "post",
      path: "/api/cypher",
      operationId: "runCypher",
      summary: "Run a read-only Cypher query",
      description:
        "Runs in a READ access-mode session (Neo4j refuses writes), with a server-side timeout and a row cap. Write and administrative clauses are refused up front with 400 FORBIDDEN_WRITE.",
      tag: "cypher",
      body: CypherBody,
      response: CypherResponse,
      errorStatuses: [504],
      handler: async ({ body }) => {
        assertReadOnlyCypher(body.query);
        const started = performance.now();
        const rowCap = deps.config.CYPHER_ROW_CAP;
        const result = await deps.gateway.runUserQuery(body.query, body.params, { timeoutMs: deps.config.CYPHER_TIMEOUT_MS, rowCap });
        return { ...result, rowCap, ms: Math.round((performance.now() - started) * 10) / 10 };
      },
    }),
  ];
}
