import { z } from "zod";
import { inReadTx } from "../api-database.ts";
import type { ApiDeps } from "../deps.ts";
import { EXPORT_FORMATS, exportElements, type ExportFormat } from "../../../common/graph-export.ts";
import { growSubgraph } from "../graph/subgraph.ts";
import { defineRoute, type AnyRouteSpec } from "../route-registry.ts";
import { csvList, EntityKeySchema, intParam, MAX_VIEW_ELEMENTS } from "../schemas/common.ts";
import { SubgraphFilterQuery, subgraphFilters } from "./entity-routes.ts";

export const ExportQuery = z.object({
  format: z.enum(Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]]).describe("file format"),
  keys: csvList(EntityKeySchema, "comma-separated start entity keys (doc:<key> for documents)").pipe(z.array(z.string()).min(1, "at least one key")),
  depth: intParam(0, 3, 1, "hops around the start keys (0 = only the keys and the edges among them)"),
  limit: intParam(1, MAX_VIEW_ELEMENTS, 1000, "maximum number of nodes"),
  ...SubgraphFilterQuery,
});

export function exportRoutes(deps: ApiDeps): AnyRouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/export",
      operationId: "exportSubgraph",
      summary: "Download a subgraph as Cytoscape JSON, GraphML, GEXF or CSV",
      description: "The subgraph is the neighbourhood of the given keys (same filters as /neighbourhood). The X-Truncated header is 'true' when the limit cut it.",
      tag: "graph",
      query: ExportQuery,
      response: z.string().describe("the file"),
      contentTypes: [...new Set(Object.values(EXPORT_FORMATS).map((f) => f.contentType))],
      errorStatuses: [404],
      handler: async ({ query, res }) => {
        const keys = [...new Set(query.keys)];
        const { elements, truncated } = await inReadTx(deps.gateway, (read) =>
          growSubgraph(read, keys, { depth: query.depth, limit: query.limit, filters: subgraphFilters(query) }),
        );
        const format = EXPORT_FORMATS[query.format];
        res.setHeader("X-Truncated", String(truncated));
        const stem = keys.length === 1 ? keys[0]!.replace(/[^\w.-]+/g, "-") : `${keys.length}-entities`;
        return {
          kind: "file" as const,
          contentType: `${format.contentType}; charset=utf-8`,
          filename: `kamergraaf-${stem}.${format.extension}`,
          body: exportElements(query.format, elements),
        };
      },
    }),
  ];
}
