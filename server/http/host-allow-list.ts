import { hostname, networkInterfaces } from "node:os";
import type { RequestHandler } from "express";
import { KamergraafError } from "../errors.ts";

const loopbackNames = ["localhost", "127.0.0.1", "::1"];
const wildcardHosts = new Set(["0.0.0.0", "::", ""]);

/**
 * The host names a server bound to `host` is reached by: loopback names for a
 * loopback or wildcard bind, plus the machine's name and addresses for a
 * wildcard bind, or the bound name itself.
 */
export function defaultAllowedHosts(host: string): string[] {
  const names = new Set(loopbackNames);
  if (wildcardHosts.has(host)) {
    names.add(hostname().toLowerCase());
    for (const addresses of Object.values(networkInterfaces())) for (const a of addresses ?? []) names.add(a.address.toLowerCase());
  } else {
    names.add(host.toLowerCase().replace(/^\[|\]$/g, ""));
  }
  return [...names];
}

/** "Example.org:3000" → "example.org", "[::1]:3000" → "::1". */
export function hostNameOf(hostHeader: string): string {
  const value = hostHeader.trim().toLowerCase();
  if (value.startsWith("[")) return value.slice(1, value.indexOf("]") > 0 ? value.indexOf("]") : undefined);
  return value.replace(/:\d*$/, "").replace(/\.$/, "");
}

/**
 * Refuses requests whose Host header is not ours, so a page on another
 * domain that re-points its DNS name at 127.0.0.1 (DNS rebinding) cannot use
 * a local install. "*" in the list turns the check off.
 */
export function hostAllowList(allowed: readonly string[]): RequestHandler {
  const names = new Set(allowed.map((name) => name.toLowerCase().replace(/^\[|\]$/g, "")));
  return (req, _res, next) => {
    if (names.has("*")) return next();
    const host = hostNameOf(req.headers.host ?? "");
    if (names.has(host)) return next();
    next(new KamergraafError(`Host ${JSON.stringify(req.headers.host ?? "")} is not served here; set ALLOWED_HOSTS to allow it.`, { code: "HOST_NOT_ALLOWED", status: 403 }));
  };
}
