import { z } from "zod";
import { assertReadOnlyPlan } from "../cypher-guard.ts";
import type { ApiDeps } from "../deps.ts";
import { defineRoute, type AnyRouteSpec } from "../route-registry.ts";

export const CypherBody = z.strictObject({
  query: z.string().trim().min(1, "the query is empty").max(20_000),
  params: z.record(z.string(), z.unknown()).default({}).describe("query parameters ($name)"),
});

export const CypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  truncated: z.boolean().describe("true when more rows existed than the row cap or the byte cap let through"),
  truncatedBy: z.enum(["rows", "bytes"]).nullable().describe("which cap cut the answer short"),
  rowCap: z.number().int(),
  byteCap: z.number().int().describe("bytes of rows (as JSON) one answer may carry"),
  bytes: z.number().int().describe("bytes of the returned rows as JSON"),
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
        "Runs in a READ access-mode session (Neo4j refuses writes), with a server-side timeout and a row cap. Before it runs, Neo4j plans the query (EXPLAIN): unless Neo4j calls it read-only and every operator and procedure of its plan is on the read allow-list (server/api/cypher-read-policy.json), it is refused with 400 FORBIDDEN_WRITE naming the reasons.",
      tag: "cypher",
      body: CypherBody,
      response: CypherResponse,
      errorStatuses: [422, 504],
      handler: async ({ body }) => {
        const started = performance.now();
        const timeoutMs = deps.config.CYPHER_TIMEOUT_MS;
        const planned = await deps.gateway.planUserQuery(body.query, body.params, { timeoutMs });
        assertReadOnlyPlan(planned, { userFunctions: await deps.gateway.userFunctions() });
        const rowCap = deps.config.CYPHER_ROW_CAP;
        const byteCap = deps.config.CYPHER_BYTE_CAP ?? 8_000_000;
        const result = await deps.gateway.runUserQuery(body.query, body.params, { timeoutMs, rowCap, byteCap });
        return { ...result, rowCap, byteCap, ms: Math.round((performance.now() - started) * 10) / 10 };
      },
    }),
  ];
}
