import { z } from "zod";
import { relationTypeNames } from "../../../extract/model/graph-model.ts";
import { NotFoundError, ValidationError } from "../../errors.ts";
import { inReadTx } from "../api-database.ts";
import type { ApiDeps } from "../deps.ts";
import { allFilters, edgesAmong, nodesById } from "../graph/subgraph.ts";
import { defineRoute, type AnyRouteSpec } from "../route-registry.ts";
import { csvList, ElementsSchema, EntityKeySchema, FactTypeSchema, intParam, NODE_TYPE_NAMES, NodeTypeSchema } from "../schemas/common.ts";

export const PathsQuery = z.object({
  from: EntityKeySchema.describe("start entity key"),
  to: EntityKeySchema.describe("end entity key"),
  maxLength: intParam(1, 6, 4, "maximum number of relationships on a path (1-6)"),
  relTypes: csvList(FactTypeSchema, "comma-separated fact relation types a path may use (default: all)").optional(),
  nodeTypes: csvList(NodeTypeSchema, "node types allowed inside a path, 'Document' included (default: all)").optional(),
  limit: intParam(1, 25, 3, "maximum number of paths"),
});

export const PathsResponse = z.object({
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()), length: z.number().int() })),
  elements: ElementsSchema,
});

export function pathRoutes(deps: ApiDeps): AnyRouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/paths",
      operationId: "getShortestPaths",
      summary: "All shortest paths between two entities (up to limit), with their Cytoscape elements",
      tag: "graph",
      query: PathsQuery,
      response: PathsResponse,
      errorStatuses: [404],
      handler: async ({ query }) => {
        if (query.from === query.to) throw new ValidationError("from and to must be different entities.", { from: query.from });
        return inReadTx(deps.gateway, async (read) => {
          const existing = await read("entities-exist", { keys: [query.from, query.to] });
          const missing = existing.filter((row) => row.found !== true).map((row) => String(row.key));
          if (missing.length > 0) throw new NotFoundError(`Unknown entity: ${missing.join(", ")}`, { missing });
          const rows = await read("shortest-paths", {
            from: query.from,
            to: query.to,
            maxLength: query.maxLength,
            relTypes: query.relTypes?.length ? query.relTypes : [...relationTypeNames],
            nodeTypes: query.nodeTypes?.length ? query.nodeTypes : [...NODE_TYPE_NAMES],
            limit: query.limit,
          });
          const paths = rows.map((row) => ({
            nodes: row.nodeIds as string[],
            edges: row.relKeys as string[],
            length: Number(row.length),
          }));
          const nodeIds = new Set(paths.flatMap((p) => p.nodes));
          const relKeys = new Set(paths.flatMap((p) => p.edges));
          if (nodeIds.size === 0) return { paths, elements: { nodes: [], edges: [] } };
          const nodes = await nodesById(read, nodeIds);
          const edges = await edgesAmong(read, nodeIds, allFilters, 10_000);
          return { paths, elements: { nodes, edges: edges.filter((edge) => relKeys.has(edge.data.id)) } };
        });
      },
    }),
  ];
}
