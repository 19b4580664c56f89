import { z } from "zod";
import { readNamed } from "../api-database.ts";
import type { ApiDeps } from "../deps.ts";
import { defineRoute, type AnyRouteSpec } from "../route-registry.ts";
import { DocumentKeySchema, EntityKeySchema, intParam, IsoDateSchema } from "../schemas/common.ts";

export const CommitmentsQuery = z.object({
  actor: EntityKeySchema.optional().describe("only commitments made by this entity"),
  status: z.enum(["open", "overdue", "all"]).default("all").describe("overdue = due before asOf; open = not overdue (no due date counts as open)"),
  asOf: IsoDateSchema.optional().describe("the day status is computed for (default: today)"),
  dueFrom: IsoDateSchema.optional(),
  dueTo: IsoDateSchema.optional(),
  document: DocumentKeySchema.optional().describe("only commitments stated in this document"),
  limit: intParam(1, 2000, 500, "maximum number of commitments"),
});

export const CommitmentsResponse = z.object({
  asOf: z.string(),
  commitments: z.array(
    z.object({
      key: z.string(),
      actor: z.object({ key: z.string(), name: z.string().nullable() }).nullable(),
      text: z.string().nullable(),
      due: z.string().nullable(),
      dueText: z.string().nullable(),
      kind: z.string().nullable(),
      status: z.enum(["open", "overdue"]),
      quote: z.string().nullable(),
      docKey: z.string().nullable(),
      docTitle: z.string().nullable(),
      docDate: z.string().nullable(),
      start: z.number().int().nullable(),
      end: z.number().int().nullable(),
    }),
  ),
});

const today = () => new Date().toISOString().slice(0, 10);

export function commitmentRoutes(deps: ApiDeps): AnyRouteSpec[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/commitments",
      operationId: "listCommitments",
      summary: "Commitments (toezeggingen) with their status as of a date",
      tag: "commitments",
      query: CommitmentsQuery,
      response: CommitmentsResponse,
      handler: async ({ query }) => {
        const asOf = query.asOf ?? (deps.today ?? today)();
        const rows = await readNamed(deps.gateway, "commitments", {
          actor: query.actor ?? null,
          status: query.status,
          asOf,
          dueFrom: query.dueFrom ?? null,
          dueTo: query.dueTo ?? null,
          document: query.document ?? null,
          limit: query.limit,
        });
        const str = (value: unknown) => (value === null || value === undefined ? null : String(value));
        const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));
        return {
          asOf,
          commitments: rows.map((row) => ({
            key: String(row.key),
            actor: (row.actor as { key: string; name: string | null } | null) ?? null,
            text: str(row.text),
            due: str(row.due),
            dueText: str(row.dueText),
            kind: str(row.kind),
            status: row.status === "overdue" ? ("overdue" as const) : ("open" as const),
            quote: str(row.quote),
            docKey: str(row.docKey),
            docTitle: str(row.docTitle),
            docDate: str(row.docDate),
            start: num(row.start),
            end: num(row.end),
          })),
        };
      },
    }),
  ];
}
