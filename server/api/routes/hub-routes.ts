import { z } from "zod";
import { ValidationError } from "../../errors.ts";
import { inReadTx } from "../api-database.ts";
import type { ApiDeps } from "../deps.ts";
import { neighbourTypeCounts, neighboursOfType } from "../graph/hub-neighbours.ts";
import { defineRoute, type AnyRouteSpec } from "../route-registry.ts";
import { CyNodeSchema, ElementsSchema, EntityKeySchema, intParam, MAX_VIEW_ELEMENTS, NodeTypeSchema } from "../schemas/common.ts";
import { SubgraphFilterQuery, subgraphFilters } from "./entity-routes.ts";

// Supernode aggregation: counts of a hub's neighbours by type, and one page of one type.

const HubParams = z.object({ key: EntityKeySchema });
const { nodeTypes: _nodeTypes, ...RelationFilterQuery } = SubgraphFilterQuery;

const dateOrder = (q: { from?: string | undefined; to?: string | undefined }) => !q.from || !q.to || q.from <= q.to;

export const NeighbourTypesQuery = z.object(RelationFilterQuery).refine(dateOrder, { message: "from must not be after to", path: ["from"] });
export const NeighbourTypesResponse = z.object({
  hub: CyNodeSchema,
  total: z.number().int().describe("distinct neighbours over the filtered fact relations"),
  types: z.array(z.object({ type: NodeTypeSchema, count: z.number().int() })).describe("largest first"),
});

export const NeighboursOfTypeQuery = z
  .object({
    type: NodeTypeSchema.describe("neighbour type to list ('Document' or an entity type)"),
    offset: intParam(0, MAX_VIEW_ELEMENTS, 0, "neighbours of this type to skip (strongest evidence first)"),
    limit: intParam(1, 500, 50, "page size"),
    ...RelationFilterQuery,
  })
  .refine(dateOrder, { message: "from must not be after to", path: ["from"] });
export const NeighboursOfTypeResponse = z.object({
  elements: ElementsSchema.describe("the hub, this page of neighbours and the edges among them"),
  type: NodeTypeSchema,
  total: z.number().int().describe("neighbours of this type in all"),
  offset: z.number().int(),
  nextOffset: z.number().int().nullable().describe("offset of the next page; null on the last page"),
});

function entityOnly(key: string): void {
  if (key.startsWith("doc:")) throw new ValidationError("Hub counts start at an entity key, not a document.");
}

const relationFilters = (query: Parameters<typeof subgraphFilters>[0]) => subgraphFilters({ ...query, nodeTypes: undefined });

export function hubRoutes(deps: ApiDeps): AnyRouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/entities/:key/neighbour-types",
      operationId: "getNeighbourTypes",
      summary: "How many neighbours an entity has, by type (hub chips)",
      tag: "graph",
      params: HubParams,
      query: NeighbourTypesQuery,
      response: NeighbourTypesResponse,
      errorStatuses: [404],
      handler: async ({ params, query }) => {
        entityOnly(params.key);
        return inReadTx(deps.gateway, (read) => neighbourTypeCounts(read, params.key, relationFilters(query)));
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/entities/:key/neighbours",
      operationId: "getNeighboursOfType",
      summary: "One page of an entity's neighbours of one type, as Cytoscape elements",
      tag: "graph",
      params: HubParams,
      query: NeighboursOfTypeQuery,
      response: NeighboursOfTypeResponse,
      errorStatuses: [404],
      handler: async ({ params, query }) => {
        entityOnly(params.key);
        const page = await inReadTx(deps.gateway, (read) =>
          neighboursOfType(read, params.key, { type: query.type, offset: query.offset, limit: query.limit }, relationFilters(query)),
        );
        return { ...page, type: query.type, offset: query.offset };
      },
    }),
  ];
}
