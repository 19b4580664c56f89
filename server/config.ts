import { z } from "zod";
import { ConfigError } from "./errors.ts";

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const positiveInt = (fallback: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(fallback));

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
