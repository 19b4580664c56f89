import { z } from "zod";
import { inReadTx } from "../api-database.ts";
import type { ApiDeps } from "../deps.ts";
import { allFilters, edgesAmong, nodesById } from "../graph/subgraph.ts";
import { defineRoute, type AnyRouteSpec } from "../route-registry.ts";
import { ElementsSchema, EntityKeySchema } from "../schemas/common.ts";

/** As many nodes as the explorer holds in one view (its element cap). */
export const MAX_VIEW_NODES = 20_000;
/** Edges among the view's nodes at most; `truncated` says when more existed. */
export const MAX_VIEW_EDGES = 40_000;

export const ViewBody = z.strictObject({
  nodes: z
    .array(EntityKeySchema.or(z.string().regex(/^doc:[^/\\]{1,300}$/, "document node ids are doc:<documentKey>")))
    .min(1, "at least one node")
    .max(MAX_VIEW_NODES)
    .describe("node ids of the view: entity keys, doc:<key> for documents"),
});

export const ViewResponse = z.object({
  elements: ElementsSchema,
  missing: z.array(z.string()).describe("requested ids the graph no longer holds (merged, split or removed since the view was saved)"),
  truncated: z.boolean(),
});

/**
 * A saved or shared view comes back in one request: its nodes by id and every
 * fact among them, instead of one neighbourhood request per node. Unknown ids
 * are listed, not an error, so an old link still restores what exists.
 */
export function viewRoutes(deps: ApiDeps): AnyRouteSpec[] {
  return [
    defineRoute({
      method: "post",
      path: "/api/view",
      operationId: "getViewSubgraph",
      summary: "The subgraph a view shows: nodes by id and the relations among them",
      description: "Used to restore a shared or saved explorer view in one request. Ids that no longer exist are returned in `missing`.",
      tag: "graph",
      body: ViewBody,
      response: ViewResponse,
      handler: async ({ body }) => {
        const ids = [...new Set(body.nodes)];
        return inReadTx(deps.gateway, async (read) => {
          const nodes = await nodesById(read, ids);
          const found = new Set(nodes.map((n) => n.data.id));
          const edges = await edgesAmong(read, found, allFilters, MAX_VIEW_EDGES + 1);
          const truncated = edges.length > MAX_VIEW_EDGES;
          if (truncated) edges.length = MAX_VIEW_EDGES;
          return { elements: { nodes, edges }, missing: ids.filter((id) => !found.has(id)), truncated };
        });
      },
    }),
  ];
}
