import { z } from "zod";
import { NotFoundError } from "../../errors.ts";
import { readNamed } from "../api-database.ts";
import type { ApiDeps } from "../deps.ts";
import { defineRoute, type AnyRouteSpec } from "../route-registry.ts";
import { DocumentKeySchema, DocumentKindQuerySchema, EntityKeySchema, intParam, IsoDateSchema } from "../schemas/common.ts";

export const DocumentsQuery = z.object({
  kind: DocumentKindQuerySchema.optional(),
  from: IsoDateSchema.optional().describe("documents dated on or after this day"),
  to: IsoDateSchema.optional().describe("documents dated on or before this day"),
  entity: EntityKeySchema.optional().describe("only documents mentioning this entity"),
  limit: intParam(1, 500, 50, "page size"),
  offset: intParam(0, 1_000_000, 0, "page start"),
});

const DocumentMeta = {
  key: z.string(),
  file: z.string().nullable(),
  kind: z.string().nullable(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  submitted: z.string().nullable(),
};

export const DocumentsResponse = z.object({
  documents: z.array(
    z.object({
      ...DocumentMeta,
      counts: z.object({ questions: z.number().int(), entities: z.number().int(), evidence: z.number().int(), commitments: z.number().int() }),
    }),
  ),
  total: z.number().int(),
});

export const DocumentDetailResponse = z.object({
  document: z.object({ ...DocumentMeta, text: z.string() }),
  segments: z.array(z.object({ id: z.string(), kind: z.string(), number: z.number().int().nullable(), start: z.number().int(), end: z.number().int() })),
  facts: z.array(
    z.object({
      kind: z.enum(["mention", "evidence", "commitment"]),
      start: z.number().int(),
      end: z.number().int(),
      entityKey: z.string().optional(),
      relKey: z.string().optional(),
      relType: z.string().optional(),
      rule: z.string().nullable(),
    }),
  ),
});

type Row = Record<string, unknown>;
const str = (value: unknown) => (value === null || value === undefined ? null : String(value));

function documentMeta(d: Row) {
  return { key: String(d.key), file: str(d.file), kind: str(d.kind), number: str(d.number), title: str(d.title), date: str(d.date), submitted: str(d.submitted) };
}

export function documentRoutes(deps: ApiDeps): AnyRouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/documents",
      operationId: "listDocuments",
      summary: "Documents, newest first, filtered by kind, date range and mentioned entity",
      tag: "documents",
      query: DocumentsQuery,
      response: DocumentsResponse,
      handler: async ({ query }) => {
        const rows = await readNamed(deps.gateway, "documents-list", {
          kind: query.kind ?? null,
          from: query.from ?? null,
          to: query.to ?? null,
          entity: query.entity ?? null,
          offset: query.offset,
          limit: query.limit,
        });
        const total = Number(rows[0]?.total ?? 0);
        const documents = rows
          .map((row) => row.document as Row | null)
          .filter((d): d is Row => d !== null)
          .map((d) => {
            const counts = d.counts as Row;
            return {
              ...documentMeta(d),
              counts: { questions: Number(counts.questions), entities: Number(counts.entities), evidence: Number(counts.evidence), commitments: Number(counts.commitments) },
            };
          });
        return { documents, total };
      },
    }),
    defineRoute({
      method: "get",
      path: "/api/documents/:key",
      operationId: "getDocument",
      summary: "One document with its text, question segments and fact spans (offsets into the text)",
      tag: "documents",
      params: z.object({ key: DocumentKeySchema }),
      response: DocumentDetailResponse,
      errorStatuses: [404],
      handler: async ({ params }) => {
        const [row] = await readNamed(deps.gateway, "document-detail", { key: params.key });
        if (!row) throw new NotFoundError(`Unknown document: ${params.key}`, { key: params.key });
        const d = row.document as Row;
        return {
          document: { ...documentMeta(d), text: String(d.text ?? "") },
          segments: (row.segments as Row[]).map((s) => ({
            id: String(s.id),
            kind: String(s.kind),
            number: s.number === null || s.number === undefined ? null : Number(s.number),
            start: Number(s.start),
            end: Number(s.end),
          })),
          facts: (row.facts as Row[])
            .map((f) => ({
              kind: f.kind as "mention" | "evidence" | "commitment",
              start: Number(f.start),
              end: Number(f.end),
              ...(f.entityKey ? { entityKey: String(f.entityKey) } : {}),
              ...(f.relKey ? { relKey: String(f.relKey) } : {}),
              ...(f.relType ? { relType: String(f.relType) } : {}),
              rule: str(f.rule),
            }))
            .sort((a, b) => a.start - b.start || a.end - b.end),
        };
      },
    }),
  ];
}
