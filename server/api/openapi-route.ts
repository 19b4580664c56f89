import { z } from "zod";
import { buildOpenApiDocument } from "./openapi.ts";
import { defineRoute, type AnyRouteSpec } from "./route-registry.ts";

/** GET /api/openapi.json, describing `routes` and itself. */
export function openApiRoute(routes: readonly AnyRouteSpec[], info: { title: string; version: string }): AnyRouteSpec {
  let document: Record<string, unknown> | undefined;
  const self: AnyRouteSpec = defineRoute({
    method: "get",
    path: "/api/openapi.json",
    operationId: "getOpenApi",
    summary: "This OpenAPI 3.1 document",
    tag: "meta",
    response: z.record(z.string(), z.unknown()),
    handler: async () => (document ??= buildOpenApiDocument([...routes, self], info)),
  });
  return self;
}
