import type { Config } from "../config.ts";
import type { Gateway } from "../db/gateway.ts";

export interface RateLimitOptions {
  /** Burst size per client. */
  capacity: number;
  /** Sustained requests per second per client. */
  refillPerSecond: number;
}

/** Everything the API routers need; server/main.ts builds it from config. */
export interface ApiDeps {
  gateway: Gateway;
  config: Pick<Config, "INGEST_TOKEN" | "CYPHER_TIMEOUT_MS" | "CYPHER_ROW_CAP">;
  /** Defaults: 120 burst, 30/s for the API; /api/cypher and /api/ingest get a tenth. */
  rateLimit?: RateLimitOptions;
  /** JSON body limit, default "1mb". */
  bodyLimit?: string;
  /** Allowed CORS origins; empty/undefined = no CORS headers (browsers block cross-origin reads). */
  corsOrigins?: readonly string[];
  /** "Today" for commitment status; injectable for tests. */
  today?: () => string;
  /** Folder of the coi-*.cypher finding queries; default cypher/queries. */
  findingsDir?: string;
}
