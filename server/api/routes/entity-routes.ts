import { z } from "zod";
import { relationTypeNames } from "../../../extract/model/graph-model.ts";
import { NotFoundError, ValidationError } from "../../errors.ts";
import { inReadTx, readNamed } from "../api-database.ts";
import type { ApiDeps } from "../deps.ts";
import { growSubgraph } from "../graph/subgraph.ts";
import { defineRoute, type AnyRouteSpec } from "../route-registry.ts";
import { csvList, MAX_VIEW_ELEMENTS, ElementsSchema, EntityKeySchema, FactTypeSchema, intParam, IsoDateSchema, NODE_TYPE_NAMES, NodeTypeSchema } from "../schemas/common.ts";

const EntityParams = z.object({ key: EntityKeySchema });

export const EntityDetailResponse = z.object({
  entity: z.object({
    key: z.string(),
    name: z.string(),
    type: z.string(),
    kind: z.string().nullable(),
    subtype: z.string().nullable(),
    aliases: z.array(z.string()),
  }),
  counts: z.object({ documents: z.number().int(), mentions: z.number().int(), relations: z.number().int() }),
  relationCounts: z.record(z.string(), z.number().int()),
  documents: z.array(z.object({ key: z.string(), title: z.string().nullable(), date: z.string().nullable(), kind: z.string().nullable(), mentions: z.number().int() })),
  merges: z.array(z.object({ surface: z.string().nullable(), rule: z.string().nullable(), reason: z.string().nullable(), docKey: z.string().nullable() })),
});

/** Shared by neighbourhood and export: the filters of a subgraph. */
export const SubgraphFilterQuery = {
  relTypes: csvList(FactTypeSchema, "comma-separated fact relation types (default: all)").optional(),
  nodeTypes: csvList(NodeTypeSchema, "comma-separated node types of neighbours, 'Document' included (default: all)").optional(),
  from: IsoDateSchema.optional().describe("only relations stated in a document dated on or after this day"),
  to: IsoDateSchema.optional().describe("only relations stated in a document dated on or before this day"),
  minEvidence: intParam(0, 1000, 0, "only relations with at least this many evidence sentences"),
};

export const NeighbourhoodQuery = z
  .object({
    depth: intParam(1, 3, 1, "number of hops (1-3)"),
    // 20,000: the explorer's element cap (client/src/graph-view.ts MAX_ELEMENTS), drawn with WebGL.
    limit: intParam(1, MAX_VIEW_ELEMENTS, 200, "maximum number of nodes; `truncated` says when more existed"),
    ...SubgraphFilterQuery,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to", path: ["from"] });

export const NeighbourhoodResponse = z.object({ elements: ElementsSchema, truncated: z.boolean(), limit: z.number().int() });

export function subgraphFilters(query: { relTypes?: string[] | undefined; nodeTypes?: string[] | undefined; from?: string | undefined; to?: string | undefined; minEvidence: number }) {
  return {
    relTypes: (query.relTypes?.length ? query.relTypes : relationTypeNames) as typeof relationTypeNames,
    nodeTypes: (query.nodeTypes?.length ? query.nodeTypes : NODE_TYPE_NAMES) as typeof NODE_TYPE_NAMES,
    from: query.from ?? null,
    to: query.to ?? null,
    minEvidence: query.minEvidence,
  };
}

export function entityRoutes(deps: ApiDeps): AnyRouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/entities/:key",
      operationId: "getEntity",
      summary: "One entity: aliases, type, kind, documents, counts and merge history",
      tag: "entities",
      params: EntityParams,
      response: EntityDetailResponse,
      errorStatuses: [404],
      handler: async ({ params }) => {
        const [row] = await readNamed(deps.gateway, "entity-detail", { key: params.key });
        if (!row) throw new NotFoundError(`Unknown entity: ${params.key}`, { key: params.key });
        const entity = row.entity as Record<string, unknown>;
        const relationCounts: Record<string, number> = {};
        for (const type of row.relationTypes as string[]) relationCounts[type] = (relationCounts[type] ?? 0) + 1;
        const relations = (row.relationTypes as string[]).length;
        return {
          entity: {
            key: String(entity.key),
            name: String(entity.name),
            type: String(entity.type),
            kind: (entity.kind as string | null) ?? null,
            subtype: (entity.subtype as string | null) ?? null,
            aliases: (entity.aliases as string[]) ?? [],
          },
          counts: { documents: Number(row.documentCount), mentions: Number(row.mentionCount), relations },
          relationCounts,
          documents: (row.documents as Array<Record<string, unknown>>).map((d) => ({
            key: String(d.key),
            title: (d.title as string | null) ?? null,
            date: (d.date as string | null) ?? null,
            kind: (d.kind as string | null) ?? null,
            mentions: Number(d.mentions ?? 0),
          })),
          merges: (row.merges as Array<Record<string, unknown>>).map((m) => ({
            surface: (m.surface as string | null) ?? null,
            rule: (m.rule as string | null) ?? null,
            reason: (m.reason as string | null) ?? null,
            docKey: (m.docKey as string | null) ?? null,
          })),
        };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/entities/:key/neighbourhood",
      operationId: "getNeighbourhood",
      summary: "The entity's neighbourhood as Cytoscape elements",
      description: "Breadth-first over fact relationships, strongest evidence first; `truncated` is true when the node or edge limit cut the answer.",
      tag: "graph",
      params: EntityParams,
      query: NeighbourhoodQuery,
      response: NeighbourhoodResponse,
      errorStatuses: [404],
      handler: async ({ params, query }) => {
        if (params.key.startsWith("doc:")) throw new ValidationError("Neighbourhoods start at an entity key, not a document.");
        const { elements, truncated } = await inReadTx(deps.gateway, (read) =>
          growSubgraph(read, [params.key], { depth: query.depth, limit: query.limit, filters: subgraphFilters(query) }),
        );
        return { elements, truncated, limit: query.limit };
      },
    }),
  ];
}
