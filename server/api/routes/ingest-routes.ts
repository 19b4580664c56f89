import { timingSafeEqual, createHash } from "node:crypto";
import type { Request } from "express";
import { z } from "zod";
import { KamergraafError } from "../../errors.ts";
import { ingestDocuments } from "../../graph/ingest-documents.ts";
import type { ApiDeps } from "../deps.ts";
import { defineRoute, type AnyRouteSpec } from "../route-registry.ts";

export const IngestBody = z.strictObject({
  documents: z
    .array(
      z.strictObject({
        name: z
          .string()
          .regex(/^[\w][\w.-]{0,120}$/, "a file name: letters, digits, '_', '-', '.', not starting with '.'")
          .refine((name) => !name.includes(".."), "no '..' in names")
          .describe("file name; its stem becomes the document key"),
        text: z.string().min(1).max(2_000_000).describe("the document as plain text (PDF and DOCX are read by the CLI, `kamergraaf ingest`, not over HTTP)"),
      }),
    )
    .min(1)
    .max(50)
    .refine((docs) => new Set(docs.map((d) => d.name.replace(/\.txt$/, ""))).size === docs.length, "document names must be unique"),
});

export const IngestResponse = z.object({
  ingested: z.array(z.string()).describe("document keys written"),
  skippedUnchanged: z.array(z.string()).describe("document keys whose text was already in the graph"),
  rejected: z.array(z.object({ name: z.string(), code: z.string(), reason: z.string() })),
  failed: z.array(z.object({ docKey: z.string(), reason: z.string() })),
  written: z.record(z.string(), z.number()),
  ms: z.number(),
});

/** Constant-time comparison of the bearer token (hashing equalises lengths). */
function tokenMatches(expected: string, given: string): boolean {
  const a = createHash("sha256").update(expected).digest();
  const b = createHash("sha256").update(given).digest();
  return timingSafeEqual(a, b);
}

function requireBearer(req: Request, expected: string | undefined): void {
  if (!expected) {
    throw new KamergraafError("Ingestion over HTTP is disabled; set INGEST_TOKEN on the server to enable it.", { code: "INGEST_DISABLED", status: 403 });
  }
  const match = /^Bearer\s+(\S+)$/i.exec(req.get("authorization") ?? "");
  if (!match || !tokenMatches(expected, match[1]!)) {
    throw new KamergraafError("A valid 'Authorization: Bearer <INGEST_TOKEN>' header is required.", { code: "UNAUTHORIZED", status: 401 });
  }
}

export function ingestRoutes(deps: ApiDeps): AnyRouteSpec[] {
  return [
    defineRoute({
      method: "post",
      path: "/api/ingest",
      operationId: "ingestDocuments",
      summary: "Extract and load documents into the graph (only when INGEST_TOKEN is set)",
      description:
        "Requires `Authorization: Bearer <INGEST_TOKEN>`. Answers 403 INGEST_DISABLED when the server has no INGEST_TOKEN. Re-ingesting a document replaces its facts. Takes text only (JSON strings); PDF and DOCX files are read by `kamergraaf ingest`.",
      tag: "ingest",
      security: "bearer",
      body: IngestBody,
      response: IngestResponse,
      errorStatuses: [401, 403],
      authorize: (req) => requireBearer(req, deps.config.INGEST_TOKEN),
      handler: async ({ body, res }) => {
        const result = await ingestDocuments(
          deps.gateway,
          body.documents.map((doc) => ({ name: doc.name.endsWith(".txt") ? doc.name : `${doc.name}.txt`, content: doc.text })),
        );
        res.setHeader("Cache-Control", "no-store");
        return {
          ingested: result.ingested,
          skippedUnchanged: result.skippedUnchanged,
          rejected: result.rejected,
          failed: result.failed,
          written: { ...result.written },
          ms: result.ms,
        };
      },
    }),
  ];
}
