import { z } from "zod";
import { EntityTypeSchema } from "../../../extract/model/graph-model.ts";
import { readNamed } from "../api-database.ts";
import type { ApiDeps } from "../deps.ts";
import { searchQuery } from "../lucene.ts";
import { defineRoute, type AnyRouteSpec } from "../route-registry.ts";
import { intParam } from "../schemas/common.ts";

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(200).describe("search text; the last word matches as a prefix (autocomplete)"),
  type: EntityTypeSchema.optional().describe("only entities of this type"),
  limit: intParam(1, 100, 10, "maximum number of results"),
});

export const SearchResponse = z.object({
  results: z.array(
    z.object({ key: z.string(), name: z.string(), type: z.string(), kind: z.string().nullable(), aliases: z.array(z.string()), score: z.number() }),
  ),
});

export function searchRoutes(deps: ApiDeps): AnyRouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/search",
      operationId: "searchEntities",
      summary: "Ranked full-text search over entity names and aliases",
      tag: "entities",
      query: SearchQuery,
      response: SearchResponse,
      handler: async ({ query }) => {
        const lucene = searchQuery(query.q);
        if (lucene === null) return { results: [] };
        // Fetch extra hits when filtering by type, so the filter does not starve the list.
        // pull more hits than shown so an exact name or alias match can be lifted to the top
        const fetch = query.type ? Math.max(query.limit * 10, 100) : Math.max(query.limit * 5, 50);
        const rows = await readNamed(deps.gateway, "search-entities", { lucene, exact: query.q.trim().toLowerCase(), type: query.type ?? null, fetch, limit: query.limit });
        return {
          results: rows.map((row) => ({
            key: String(row.key),
            name: String(row.name),
            type: String(row.type),
            kind: (row.kind as string | null) ?? null,
            aliases: (row.aliases as string[]) ?? [],
            score: Number(row.score),
          })),
        };
      },
    }),
  ];
}
