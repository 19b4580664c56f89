import type { TestProject } from "vitest/node";
import { loadConfig } from "../server/config.ts";
import { applySchema } from "../server/db/apply-schema.ts";
import { createGateway } from "../server/db/gateway.ts";
import { ensureNeo4j, type EnsuredNeo4j } from "../server/neo4j/ensure-neo4j.ts";
import type { TestNeo4j } from "./support/test-neo4j.ts";

// Integration tier: one real Neo4j for all test files, found or started in
// the same order as the app (NEO4J_URI → localhost:7687 → embedded).
let ensured: EnsuredNeo4j | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  ensured = await ensureNeo4j(loadConfig(), { log: (message) => console.log(`[global-setup] ${message}`) });
  const gateway = createGateway(ensured);
  try {
    await applySchema(gateway);
  } finally {
    await gateway.close();
  }
  const neo4j: TestNeo4j = { uri: ensured.uri, user: ensured.user, password: ensured.password, database: ensured.database };
  // Workers inherit process.env; provide() also makes it available via inject("neo4j").
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USER = neo4j.user;
  process.env.NEO4J_PASSWORD = neo4j.password;
  process.env.NEO4J_DATABASE = neo4j.database;
  project.provide("neo4j", neo4j);
  console.log(
    `[global-setup] Neo4j ${ensured.started ? "started" : "found"} at ${neo4j.uri} in ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );

  return async () => {
    // Only stops the embedded Neo4j if this run started it.
    await ensured?.stop();
  };
}
