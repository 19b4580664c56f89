import type { Log } from "./fetch-neo4j.ts";
import type { LocalNeo4j } from "./local-neo4j.ts";

export interface SupervisorStatus {
  restarts: number;
  lastRestartAt: string | null;
}

export interface Supervised {
  status(): SupervisorStatus;
  /** Stops the current Neo4j and restarts no more. */
  stop(): Promise<void>;
}

/**
 * Keeps the embedded Neo4j this process started alive: when the JVM exits
 * without being asked to (killed, crashed), it is started again, with a
 * back-off from 1 s up to 30 s while starts keep failing. The server's
 * gateway reconnects by itself; /api/health reports the restarts.
 */
export function superviseNeo4j(first: LocalNeo4j, start: () => Promise<LocalNeo4j>, log: Log = () => {}, backoffMs = 1_000): Supervised {
  let current = first;
  let stopping = false;
  let restarts = 0;
  let lastRestartAt: string | null = null;

  const watch = (neo4j: LocalNeo4j) => {
    void neo4j.exited.then(async (code) => {
      let delay = backoffMs;
      while (!stopping) {
        log(`The embedded Neo4j (pid ${neo4j.pid}) exited with code ${code}; starting it again in ${delay / 1000} s.`);
        await new Promise((resolve) => setTimeout(resolve, delay).unref());
        if (stopping) return;
        try {
          current = await start();
          restarts++;
          lastRestartAt = new Date().toISOString();
          log(`The embedded Neo4j is back (pid ${current.pid}, restart ${restarts}).`);
          watch(current);
          return;
        } catch (error) {
          log(`Restarting the embedded Neo4j failed: ${error instanceof Error ? error.message : String(error)}`);
          delay = Math.min(delay * 2, 30_000);
        }
      }
    });
  };
  watch(first);

  return {
    status: () => ({ restarts, lastRestartAt }),
    stop: async () => {
      stopping = true;
      await current.stop();
    },
  };
}
