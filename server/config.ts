import { z } from "zod";
import { ConfigError } from "./errors.ts";

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const positiveInt = (fallback: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(fallback));
const positiveNumber = (fallback: number) => z.preprocess(emptyToUndefined, z.coerce.number().positive().default(fallback));
const byteSize = (fallback: string) =>
  z.preprocess(emptyToUndefined, z.string().regex(/^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i, "must be a size like 1mb or 500kb").default(fallback));
const commaList = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? value.split(",").map((v) => v.trim()).filter(Boolean) : undefined),
  z.array(z.string()).optional(),
);

/** Everything kamergraaf reads from the environment, in one zod schema. */
export const configSchema = z.object({
  /** Unset: use a Neo4j on bolt://localhost:7687 or start the embedded one. */
  NEO4J_URI: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "must be a bolt:// or neo4j:// URI (optionally +s / +ssc)")
      .optional(),
  ),
  NEO4J_USER: z.preprocess(emptyToUndefined, z.string().default("neo4j")),
  /** Unset: the generated password in .neo4j/password (local Neo4j only). */
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: z.preprocess(emptyToUndefined, z.string().default("neo4j")),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(emptyToUndefined, z.string().default("127.0.0.1")),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(["debug", "info", "warn", "error", "silent"]).default("info")),
  /** Required by write endpoints (ingest) when set; unset = ingest over HTTP is disabled. */
  INGEST_TOKEN: z.preprocess(emptyToUndefined, z.string().min(16, "must be at least 16 characters").optional()),
  CYPHER_TIMEOUT_MS: positiveInt(10_000),
  CYPHER_ROW_CAP: positiveInt(5_000),
  /** Bytes of rows (as JSON) one /api/cypher answer may carry; more rows are cut off like the row cap. */
  CYPHER_BYTE_CAP: positiveInt(8_000_000),
  /** Request bodies, counted on the bytes read (chunked and decompressed too). */
  BODY_LIMIT: byteSize("1mb"),
  INGEST_BODY_LIMIT: byteSize("5mb"),
  /** Token bucket per client: burst and sustained rate for the API; /api/cypher and /api/ingest have their own. */
  RATE_LIMIT_BURST: positiveInt(120),
  RATE_LIMIT_PER_SECOND: positiveNumber(30),
  RATE_LIMIT_STRICT_BURST: positiveInt(12),
  RATE_LIMIT_STRICT_PER_SECOND: positiveNumber(3),
  /** Express "trust proxy": unset = the socket address is the client; e.g. "loopback" or "1" behind one reverse proxy. */
  TRUST_PROXY: optionalString,
  /** Host names the server answers to (DNS-rebinding guard); unset = the names of HOST (loopback: localhost, 127.0.0.1, ::1). "*" = any. */
  ALLOWED_HOSTS: commaList,
  /** With it, GET /api/health?detail (Authorization: Bearer <token>) also shows the Neo4j URI. */
  HEALTH_TOKEN: z.preprocess(emptyToUndefined, z.string().min(16, "must be at least 16 characters").optional()),
  /** Overall deadline of GET /api/findings (all finding queries together). */
  FINDINGS_TIMEOUT_MS: positiveInt(15_000),
  /** Node's HTTP server: time for a whole request, and for its headers. */
  REQUEST_TIMEOUT_MS: positiveInt(30_000),
  HEADERS_TIMEOUT_MS: positiveInt(10_000),
  SEEDS_DIR: z.preprocess(emptyToUndefined, z.string().default("seeds")),
});

export type Config = z.infer<typeof configSchema>;

/** Parses the environment; a bad value fails with one error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({ variable: issue.path.join("."), problem: issue.message }));
  throw new ConfigError(
    `Invalid environment: ${problems.map((p) => `${p.variable} ${p.problem}`).join("; ")}`,
    { problems },
  );
}
