import { z } from "zod";
import { DOCUMENT_KINDS, entityTypeNames, relationTypeNames, type EntityType, type RelationType } from "../../../extract/model/graph-model.ts";

// Building blocks shared by the endpoint schemas. Types and relation names come
// from extract/model/graph-model.ts, never restated here.

export const EntityKeySchema = z.string().min(1).max(200).describe("stable entity key, e.g. 'ubr' or 'person:van-huffelen'");
export const DocumentKeySchema = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[^/\\]+$/, "document keys are file names without folder or extension")
  .describe("document key (file stem)");

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD").refine((value) => !Number.isNaN(Date.parse(value)), "not a real date");

export const NODE_TYPE_NAMES = [...entityTypeNames, "Document"] as const;
export type NodeType = EntityType | "Document";
export const NodeTypeSchema = z.enum(NODE_TYPE_NAMES as unknown as [NodeType, ...NodeType[]]);
export const FactTypeSchema = z.enum(relationTypeNames);
export const DocumentKindQuerySchema = z.enum(DOCUMENT_KINDS);

function allowedValues(item: z.ZodType): string | undefined {
  const options = (item as { options?: unknown }).options;
  return Array.isArray(options) ? options.join(", ") : undefined;
}

/** Query strings arrive as text; a list is comma-separated (repeated keys are joined). */
export function csvList<T extends z.ZodType<unknown, string>>(item: T, description: string) {
  return z
    .preprocess((value) => (Array.isArray(value) ? value.join(",") : value), z.string())
    .transform((value) => value.split(",").map((part) => part.trim()).filter((part) => part.length > 0))
    .pipe(z.array(item).max(100))
    .describe(allowedValues(item) ? `${description}; one or more of ${allowedValues(item)}` : description);
}

/** The most elements the explorer shows in one view (WebGL past a few thousand); routes that return a view cap at it. */
export const MAX_VIEW_ELEMENTS = 20_000;

/** An integer query parameter with bounds and a default. */
export function intParam(min: number, max: number, fallback: number, description: string) {
  return z.coerce.number().int().min(min).max(max).default(fallback).describe(description);
}

export const RelationKeyPartsSchema = z
  .string()
  .min(3)
  .max(500)
  .transform((value, ctx) => {
    const parts = value.split("|");
    const [type, source, target] = parts;
    if (parts.length !== 3 || !type || !source || !target) {
      ctx.addIssue({ code: "custom", message: "a relation key is TYPE|sourceKey|targetKey" });
      return z.NEVER;
    }
    if (!(relationTypeNames as readonly string[]).includes(type)) {
      ctx.addIssue({ code: "custom", message: `unknown relation type '${type}'` });
      return z.NEVER;
    }
    return { key: value, type: type as RelationType, source, target };
  })
  .describe("relation key TYPE|sourceKey|targetKey (URL-encoded)");

// Cytoscape.js elements JSON, the shape the explorer renders directly.
export const CyNodeSchema = z.object({
  data: z.object({
    id: z.string().describe("entity key, or doc:<docKey> for documents"),
    label: z.string(),
    type: z.string(),
    kind: z.string().nullable(),
    aliases: z.array(z.string()),
    docCount: z.number().int(),
  }),
});
export const CyEdgeSchema = z.object({
  data: z.object({
    id: z.string().describe("relation key"),
    source: z.string(),
    target: z.string(),
    type: z.string(),
    label: z.string(),
    evidenceCount: z.number().int(),
    firstDate: z.string().nullable(),
    lastDate: z.string().nullable(),
  }),
});
export const ElementsSchema = z.object({ nodes: z.array(CyNodeSchema), edges: z.array(CyEdgeSchema) });
export type CyNode = z.infer<typeof CyNodeSchema>;
export type CyEdge = z.infer<typeof CyEdgeSchema>;
export type Elements = z.infer<typeof ElementsSchema>;
