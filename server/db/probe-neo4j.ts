import neo4j from "neo4j-driver";
import { probeBolt } from "../neo4j/bolt-probe.ts";

/**
 * Does Neo4j answer at all? For plain Bolt a fresh handshake says it without
 * credentials; encrypted schemes (neo4j+s, bolt+ssc, …) go through a
 * throw-away driver. Rejects when Neo4j does not answer.
 */
export async function probeNeo4j(options: { uri: string; user: string; password: string }, timeoutMs = 1_000): Promise<void> {
  const url = new URL(options.uri);
  if (url.protocol === "bolt:" || url.protocol === "neo4j:") {
    const result = await probeBolt(url.hostname.replace(/^\[|\]$/g, ""), Number(url.port || 7687), timeoutMs);
    if (result.kind !== "bolt") throw new Error(result.kind === "free" ? "nothing listens" : result.reason);
    return;
  }
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), { connectionTimeout: timeoutMs });
  try {
    await driver.getServerInfo();
  } finally {
    void driver.close().catch(() => {});
  }
}
