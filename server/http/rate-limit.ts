import type { NextFunction, Request, RequestHandler, Response } from "express";
import { KamergraafError } from "../errors.ts";

export interface RateLimitOptions {
  /** Burst size per client. */
  capacity: number;
  /** Sustained requests per second per client. */
  refillPerSecond: number;
}

/**
 * Token bucket per client (req.ip: the socket address, or the client a trusted proxy names; see TRUST_PROXY), in memory: `capacity` requests at once, then
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

