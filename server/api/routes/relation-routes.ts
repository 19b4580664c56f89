import { z } from "zod";
import { NotFoundError } from "../../errors.ts";
import { readNamed } from "../api-database.ts";
import type { ApiDeps } from "../deps.ts";
import { defineRoute, type AnyRouteSpec } from "../route-registry.ts";
import { RelationKeyPartsSchema } from "../schemas/common.ts";

const EndSchema = z.object({ key: z.string(), name: z.string().nullable() });

export const EvidenceResponse = z.object({
  relation: z.object({ key: z.string(), type: z.string(), source: EndSchema, target: EndSchema }),
  evidence: z.array(
    z.object({
      quote: z.string().nullable(),
      docKey: z.string(),
      docTitle: z.string().nullable(),
      docDate: z.string().nullable(),
      section: z.string().nullable(),
      questionNumber: z.number().int().nullable(),
      start: z.number().int().nullable(),
      end: z.number().int().nullable(),
      rule: z.string().nullable(),
    }),
  ),
  /** a reference fact from the knowledge base (no sentence states it): the row and its source */
  reference: z
    .object({
      table: z.string(),
      row: z.string(),
      source: z.string().nullable(),
      sourceUrl: z.string().nullable(),
      corrections: z.array(z.string()),
      start: z.string().nullable(),
      end: z.string().nullable(),
      current: z.boolean().nullable(),
    })
    .nullable(),
});

export function relationRoutes(deps: ApiDeps): AnyRouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/relations/:relKey/evidence",
      operationId: "getRelationEvidence",
      summary: "Every sentence that states a relation, with document and offsets",
      tag: "graph",
      params: z.object({ relKey: RelationKeyPartsSchema }),
      response: EvidenceResponse,
      errorStatuses: [404],
      handler: async ({ params }) => {
        const { key, type, source } = params.relKey;
        const [row] = await readNamed(deps.gateway, "relation-evidence", { relKey: key, type, source });
        if (!row) throw new NotFoundError(`Unknown relation: ${key}`, { key });
        const nullable = (value: unknown) => (value === undefined || value === null ? null : value);
        return {
          relation: {
            key: String(row.key),
            type: String(row.type),
            source: row.source as { key: string; name: string | null },
            target: row.target as { key: string; name: string | null },
          },
          evidence: (row.evidence as Array<Record<string, unknown>>).map((e) => ({
            quote: nullable(e.quote) as string | null,
            docKey: String(e.docKey),
            docTitle: nullable(e.docTitle) as string | null,
            docDate: nullable(e.docDate) as string | null,
            section: nullable(e.section) as string | null,
            questionNumber: nullable(e.questionNumber) as number | null,
            start: nullable(e.start) as number | null,
            end: nullable(e.end) as number | null,
            rule: nullable(e.rule) as string | null,
          })),
          reference: row.reference ? referenceOf(row.reference as Record<string, unknown>) : null,
        };
      },
    }),
  ];
}

function referenceOf(r: Record<string, unknown>) {
  const text = (v: unknown) => (v === undefined || v === null ? null : String(v));
  return {
    table: String(r.table), row: String(r.row), source: text(r.source), sourceUrl: text(r.sourceUrl),
    corrections: Array.isArray(r.corrections) ? r.corrections.map(String) : [],
    start: text(r.start), end: text(r.end), current: typeof r.current === "boolean" ? r.current : null,
  };
}
