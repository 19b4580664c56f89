import type { RequestHandler } from "express";
import express from "express";
import { KamergraafError, ValidationError } from "../errors.ts";

export { tokenBucketLimiter } from "../http/rate-limit.ts";

/** "1mb", "500kb", "100" → bytes. */
export function parseByteSize(size: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(size.trim());
  if (!match) throw new Error(`Not a byte size: ${size}`);
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match[2] ?? "b").toLowerCase() as "b"];
  return Math.floor(Number(match[1]) * unit);
}

/** Deeper JSON than this is refused: deep nesting overflows the stacks of zod, the driver and Neo4j. */
export const MAX_JSON_DEPTH = 64;

/** Depth of a parsed JSON value, without recursion (the value may be 100,000 levels deep). */
export function jsonDepth(value: unknown, stopAt = Infinity): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== "object") continue;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) return deepest;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * JSON bodies up to `limit` bytes as read from the socket after decoding
 * (body-parser counts the inflated stream), and at most MAX_JSON_DEPTH deep.
 */
export function jsonBody(limit: string): RequestHandler {
  const parse = express.json({ limit: parseByteSize(limit) });
  return (req, res, next) =>
    parse(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (req.body !== undefined && jsonDepth(req.body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
        return next(new ValidationError(`The request body is nested too deeply (more than ${MAX_JSON_DEPTH} levels).`, { maxDepth: MAX_JSON_DEPTH }));
      }
      next();
    });
}

/** CORS is off unless origins are configured: then only those origins, only reads and /api/cypher. */
export function corsFor(origins: readonly string[] | undefined): RequestHandler {
  const allowed = new Set(origins ?? []);
  return (req, res, next) => {
    const origin = req.get("origin");
    if (origin && allowed.has(origin)) {
      res.setHeader("Access-Control-Allow-Origin", origin);
      res.setHeader("Vary", "Origin");
      res.setHeader("Access-Control-Allow-Methods", "GET, POST");
      res.setHeader("Access-Control-Allow-Headers", "Content-Type");
      if (req.method === "OPTIONS") {
        res.status(204).end();
        return;
      }
    }
    next();
  };
}

/** API answers are never cached by shared caches. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader("Cache-Control", "no-store");
  next();
};
