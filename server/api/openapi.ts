import { z } from "zod";
import type { AnyRouteSpec } from "./route-registry.ts";

// The OpenAPI 3.1 document is generated from the same zod schemas that
// validate requests. OpenAPI 3.1 uses JSON Schema 2020-12, which is what
// z.toJSONSchema emits.

type JsonSchema = Record<string, unknown>;

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string().describe("stable machine-readable code, e.g. VALIDATION, NOT_FOUND, FORBIDDEN_WRITE"),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

const errorDescriptions: Record<number, string> = {
  400: "Invalid request (a parameter, the query string or the body failed validation, or a forbidden write)",
  401: "Missing or wrong bearer token",
  404: "Not found",
  413: "Request body too large",
  429: "Too many requests (see Retry-After)",
  500: "Internal error (no stack traces are exposed)",
  503: "Neo4j is unavailable (see Retry-After)",
  504: "Query timed out",
};

function toSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** "/api/entities/:key" → "/api/entities/{key}" */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, "{$1}");
}

function parameters(schema: z.ZodType | undefined, location: "path" | "query"): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, "input");
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: location,
      required: location === "path" ? true : required.has(name),
      ...(typeof description === "string" ? { description } : {}),
      schema: rest,
    };
  });
}

export function buildOpenApiDocument(routes: readonly AnyRouteSpec[], info: { title: string; version: string }): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  let needsBearer = false;
  for (const route of routes) {
    const statuses = new Set([400, 429, 500, 503, ...(route.errorStatuses ?? [])]);
    if (route.body) statuses.add(413);
    if (route.security === "bearer") {
      statuses.add(401);
      needsBearer = true;
    }
    const responses: Record<string, unknown> = {
      200: {
        description: "OK",
        content: Object.fromEntries(
          (route.contentTypes ?? ["application/json"]).map((type) => [type, { schema: toSchema(route.response, "output") }]),
        ),
      },
    };
    for (const status of [...statuses].sort()) {
      responses[String(status)] = {
        description: errorDescriptions[status] ?? "Error",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      };
    }
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
      ...(route.body
        ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(route.body, "input") } } } }
        : {}),
      responses,
      ...(route.security === "bearer" ? { security: [{ bearerAuth: [] }] } : {}),
    };
    const path = openApiPath(route.path);
    paths[path] ??= {};
    paths[path][route.method] = operation;
  }
  return {
    openapi: "3.1.0",
    info: { ...info, description: "kamergraaf: a knowledge graph of Dutch parliamentary documents. Every edge leads back to the sentence that states it." },
    paths,
    components: {
      schemas: { Error: toSchema(ErrorBodySchema, "output") },
      ...(needsBearer ? { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } } } : {}),
    },
  };
}
