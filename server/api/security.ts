import type { NextFunction, Request, RequestHandler, Response } from "express";
import helmet from "helmet";
import { KamergraafError } from "../errors.ts";
import type { RateLimitOptions } from "./deps.ts";

/**
 * Token bucket per client IP, in memory: `capacity` requests at once, then
 * `refillPerSecond`. One process serves the API, so no shared store is needed.
 */
export function tokenBucketLimiter(options: RateLimitOptions & { name: string; maxClients?: number }): RequestHandler {
  const buckets = new Map<string, { tokens: number; updated: number }>();
  const maxClients = options.maxClients ?? 10_000;
  return (req: Request, res: Response, next: NextFunction) => {
    const client = req.ip ?? req.socket.remoteAddress ?? "unknown";
    const now = Date.now();
    let bucket = buckets.get(client);
    if (!bucket) {
      // Bound memory under many clients: forget the oldest entry.
      if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value!);
      bucket = { tokens: options.capacity, updated: now };
      buckets.set(client, bucket);
    }
    bucket.tokens = Math.min(options.capacity, bucket.tokens + ((now - bucket.updated) / 1000) * options.refillPerSecond);
    bucket.updated = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      next();
      return;
    }
    const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / options.refillPerSecond));
    res.setHeader("Retry-After", String(retryAfter));
    next(new KamergraafError(`Too many requests to ${options.name}; try again in ${retryAfter} s.`, { code: "RATE_LIMITED", status: 429, details: { retryAfter } }));
  };
}

/** "1mb", "500kb", "100" → bytes. */
export function parseByteSize(size: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(size.trim());
  if (!match) throw new Error(`Not a byte size: ${size}`);
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match[2] ?? "b").toLowerCase() as "b"];
  return Math.floor(Number(match[1]) * unit);
}

/**
 * 413 for bodies over `limit`. The app's JSON parser has its own (larger)
 * limit; this one is per API route, decided on Content-Length (the parser
 * already verified the length it read matches).
 */
export function bodySizeLimit(limit: string): RequestHandler {
  const bytes = parseByteSize(limit);
  return (req, _res, next) => {
    const length = Number(req.get("content-length") ?? 0);
    if (length > bytes) {
      next(new KamergraafError(`The request body is too large (limit ${limit}).`, { code: "PAYLOAD_TOO_LARGE", status: 413, details: { limit: bytes } }));
      return;
    }
    next();
  };
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

/** Helmet's defaults; API answers are never cached by shared caches. */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({ crossOriginResourcePolicy: { policy: "same-origin" } }),
    (_req, res, next) => {
      res.setHeader("Cache-Control", "no-store");
      next();
    },
  ];
}
