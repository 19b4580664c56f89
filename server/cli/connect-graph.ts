/**
 * Finds or starts Neo4j exactly like `npm start` (ensureNeo4j), opens the
 * gateway and applies the schema. close() also stops an embedded Neo4j if
 * this process started it, so a CLI run leaves no JVM behind.
 */
import { loadConfig, type Config } from "../config.ts";
import { applySchema } from "../db/apply-schema.ts";
import { createGateway, type Gateway } from "../db/gateway.ts";
import { ensureNeo4j } from "../neo4j/ensure-neo4j.ts";

export interface GraphConnection {
  config: Config;
  gateway: Gateway;
  startedNeo4j: boolean;
  close(): Promise<void>;
}

export async function connectGraph(options: { log?: (message: string) => void; applySchema?: boolean } = {}): Promise<GraphConnection> {
  const config = loadConfig();
  const neo4j = await ensureNeo4j(config, { log: options.log });
  const gateway = createGateway({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: neo4j.database });
  const close = async () => {
    await gateway.close();
    await neo4j.stop();
  };
  try {
    await gateway.verifyConnectivity();
    if (options.applySchema !== false) await applySchema(gateway);
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
  return { config, gateway, startedNeo4j: neo4j.started, close };
}
