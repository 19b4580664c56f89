import neo4j from "neo4j-driver";
import { probeBolt } from "../neo4j/bolt-probe.ts";

/**
 * Does Neo4j answer at all, within `timeoutMs`? For plain Bolt a fresh
 * handshake says it without credentials: a refused connection is a clear no
 * at once, while a closed or reset one is retried until the deadline (a JVM
 * short of heap drops new connections for a moment and then recovers).
 * Encrypted schemes (neo4j+s, bolt+ssc, …) go through a throw-away driver.
 * Rejects when Neo4j does not answer.
 */
export async function probeNeo4j(options: { uri: string; user: string; password: string }, timeoutMs = 2_000): Promise<void> {
  const url = new URL(options.uri);
  if (url.protocol === "bolt:" || url.protocol === "neo4j:") {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const port = Number(url.port || 7687);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const result = await probeBolt(host, port, Math.max(1, deadline - Date.now()));
      if (result.kind === "bolt") return;
      if (result.kind === "free") throw new Error("nothing listens");
      if (Date.now() + 100 >= deadline) throw new Error(result.reason);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), { connectionTimeout: timeoutMs });
  try {
    await driver.getServerInfo();
  } finally {
    void driver.close().catch(() => {});
  }
}
