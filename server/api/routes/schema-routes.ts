import { z } from "zod";
import { ENTITY_TYPES, ORGANISATION_KINDS, RELATION_TYPES } from "../../../extract/model/graph-model.ts";
import { defineRoute, type AnyRouteSpec } from "../route-registry.ts";

const SchemaResponse = z.object({
  entityTypes: z.record(z.string(), z.object({ color: z.string(), shape: z.string(), label: z.string(), plural: z.string(), description: z.string() })),
  relationTypes: z.record(
    z.string(),
    z.object({ label: z.string(), color: z.string(), description: z.string(), source: z.array(z.string()), target: z.union([z.array(z.string()), z.literal("@doc")]) }),
  ),
  organisationKinds: z.record(z.string(), z.string()),
});

// Derived once from graph-model.ts: the explorer styles from this, so a type
// added to the model shows up without client changes.
const schemaBody: z.infer<typeof SchemaResponse> = {
  entityTypes: Object.fromEntries(
    Object.entries(ENTITY_TYPES).map(([name, t]) => [name, { color: t.color, shape: t.shape, label: t.label, plural: t.plural, description: t.description }]),
  ),
  relationTypes: Object.fromEntries(
    Object.entries(RELATION_TYPES).map(([name, t]) => [
      name,
      { label: t.label, color: t.color, description: t.description, source: [...t.source], target: t.target === "@doc" ? "@doc" : [...t.target] },
    ]),
  ),
  organisationKinds: Object.fromEntries(Object.entries(ORGANISATION_KINDS).map(([kind, row]) => [kind, row.color])),
};

export function schemaRoutes(): AnyRouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/schema",
      operationId: "getSchema",
      summary: "Entity types, relation types and organisation kinds with display hints",
      tag: "model",
      response: SchemaResponse,
      handler: async () => schemaBody,
    }),
  ];
}
