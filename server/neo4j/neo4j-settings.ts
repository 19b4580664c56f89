import { readFileSync } from "node:fs";
import { z } from "zod";
import { neo4jSettingsFile } from "./paths.ts";

// Keys starting with "$" are comments inside the JSON file.
const settingsMap = z
  .record(z.string(), z.string())
  .transform((map) => Object.fromEntries(Object.entries(map).filter(([key]) => !key.startsWith("$"))));

export const neo4jSettingsSchema = z.object({
  version: z.string().regex(/^5\.26\.\d+$/, "must be a Neo4j 5.26.x LTS version"),
  dockerImage: z.string().regex(/^neo4j:[\w.-]+$/),
  boltHost: z.string(),
  boltPort: z.number().int().positive(),
  user: z.string(),
  database: z.string(),
  heap: z.string().regex(/^\d+[mg]$/),
  config: settingsMap,
  embeddedConfig: settingsMap,
});

export type Neo4jSettings = z.infer<typeof neo4jSettingsSchema>;

let cached: Neo4jSettings | undefined;

export function loadNeo4jSettings(): Neo4jSettings {
  cached ??= neo4jSettingsSchema.parse(JSON.parse(readFileSync(neo4jSettingsFile, "utf8")));
  return cached;
}

/** All neo4j.conf settings the embedded launcher runs with. */
export function embeddedNeo4jConfig(settings: Neo4jSettings): Record<string, string> {
  return { ...settings.config, ...settings.embeddedConfig };
}

/** neo4j.conf key → the environment variable the official Docker image reads. */
export function dockerEnvName(confKey: string): string {
  return "NEO4J_" + confKey.replaceAll("_", "__").replaceAll(".", "_");
}

export function localBoltUri(settings: Neo4jSettings): string {
  return `bolt://localhost:${settings.boltPort}`;
}
