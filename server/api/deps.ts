import type { Config } from "../config.ts";
import type { Gateway } from "../db/gateway.ts";
import type { RateLimitOptions } from "../http/rate-limit.ts";

export type { RateLimitOptions };

/** Everything the API routers need; server/main.ts builds it from config. */
export interface ApiDeps {
  gateway: Gateway;
  config: Pick<Config, "INGEST_TOKEN" | "CYPHER_TIMEOUT_MS" | "CYPHER_ROW_CAP"> &
    Partial<
      Pick<
        Config,
        | "CYPHER_BYTE_CAP"
        | "BODY_LIMIT"
        | "INGEST_BODY_LIMIT"
        | "RATE_LIMIT_BURST"
        | "RATE_LIMIT_PER_SECOND"
        | "RATE_LIMIT_STRICT_BURST"
        | "RATE_LIMIT_STRICT_PER_SECOND"
        | "FINDINGS_TIMEOUT_MS"
      >
    >;
  /** Overrides the config's RATE_LIMIT_* (tests); the strict bucket of /api/cypher and /api/ingest stays a tenth of it. */
  rateLimit?: RateLimitOptions;
  /** Allowed CORS origins; empty/undefined = no CORS headers (browsers block cross-origin reads). */
  corsOrigins?: readonly string[];
  /** "Today" for commitment status; injectable for tests. */
  today?: () => string;
  /** Folder of the coi-*.cypher finding queries; default cypher/queries. */
  findingsDir?: string;
}
