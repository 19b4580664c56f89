import type { Request, Response, Router } from "express";
import { z } from "zod";
import { parseRequestPart } from "./validate.ts";

/**
 * One declaration per endpoint: its zod schemas validate the request, type the
 * handler and generate the OpenAPI document, so the three cannot drift apart.
 */
export interface FileReply {
  kind: "file";
  contentType: string;
  filename: string;
  body: string;
}

type Shape = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteSpec<P extends Shape | undefined = Shape | undefined, Q extends Shape | undefined = Shape | undefined, B extends Shape | undefined = Shape | undefined, R extends Shape = Shape> {
  method: "get" | "post";
  /** Express path, always starting with /api/. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The 200 body. For downloads: the schema of the file content. */
  response: R;
  /** Non-JSON 200 responses (downloads): their media types. */
  contentTypes?: string[];
  /** Error statuses worth documenting besides 400/429/500/503. */
  errorStatuses?: number[];
  security?: "bearer";
  /** Runs before validation, so unauthorised callers learn nothing about the body schema. */
  authorize?(req: Request): void;
  handler(input: { params: Out<P>; query: Out<Q>; body: Out<B>; req: Request; res: Response }): Promise<z.input<R> | FileReply>;
}

export type AnyRouteSpec = RouteSpec<any, any, any, any>;

/** Identity function that keeps the generic types of one route. */
export function defineRoute<P extends Shape | undefined, Q extends Shape | undefined, B extends Shape | undefined, R extends Shape>(
  spec: RouteSpec<P, Q, B, R>,
): RouteSpec<P, Q, B, R> {
  return spec;
}

function isFileReply(value: unknown): value is FileReply {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "file";
}

/** RFC 6266 filename: ASCII fallback plus UTF-8 form. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\w.-]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function mountRoutes(router: Router, routes: readonly AnyRouteSpec[]): Router {
  for (const route of routes) {
    router[route.method](route.path, async (req: Request, res: Response) => {
      route.authorize?.(req);
      const params = route.params ? parseRequestPart(route.params, req.params, "params") : undefined;
      const query = route.query ? parseRequestPart(route.query, req.query ?? {}, "query") : undefined;
      const body = route.body ? parseRequestPart(route.body, req.body, "body") : undefined;
      const reply = await route.handler({ params, query, body, req, res });
      if (isFileReply(reply)) {
        res.status(200).type(reply.contentType).setHeader("Content-Disposition", contentDisposition(reply.filename));
        res.send(reply.body);
      } else {
        res.status(200).json(reply);
      }
    });
  }
  return router;
}
