/**
 * A Neo4j of the benchmark's own: the foundation's embedded launcher with its
 * own home (.cache/bench-neo4j/, git-ignored) and Bolt port, so the bench may
 * wipe its database between measurements without touching the Neo4j on 7687
 * that `npm start` and the test suites share. Attached: it dies with this
 * process (stdin closes), and stop() ends it explicitly.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ensureNeo4jInstalled, launcherClassPath } from "../../server/neo4j/fetch-neo4j.ts";
import { embeddedNeo4jConfig, loadNeo4jSettings } from "../../server/neo4j/neo4j-settings.ts";
import { projectRoot } from "../../common/paths.ts";
import { launcherClassName } from "../../server/neo4j/paths.ts";
import { probeBolt } from "../../server/neo4j/bolt-probe.ts";
import { createGateway, type Gateway } from "../../server/db/gateway.ts";
import { applySchema } from "../../server/db/apply-schema.ts";
import { LocalNeo4jError } from "../../server/errors.ts";

export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  gateway: Gateway;
  /** Empties the database (data only; the schema is applied again). */
  clear(): Promise<void>;
  stop(): Promise<void>;
}

export const BENCH_NEO4J_HOME = join(projectRoot, ".cache", "bench-neo4j");

export async function startBenchNeo4j(options: { port?: number; log?: (m: string) => void } = {}): Promise<BenchNeo4j> {
  const log = options.log ?? (() => {});
  const settings = loadNeo4jSettings();
  const port = options.port ?? 7697;
  if ((await probeBolt("127.0.0.1", port)).kind !== "free") {
    throw new LocalNeo4jError(`Port ${port} is in use; the bench needs its own Neo4j there (pass --neo4j-port).`);
  }
  await ensureNeo4jInstalled(settings, log);
  mkdirSync(BENCH_NEO4J_HOME, { recursive: true });
  const password = randomBytes(12).toString("hex");
  const config = { ...embeddedNeo4jConfig(settings), "server.bolt.listen_address": `127.0.0.1:${port}` };
  const args = [`-Xmx${settings.heap}`, "-Xms256m", "-XX:+ExitOnOutOfMemoryError", "-cp", launcherClassPath(), launcherClassName, BENCH_NEO4J_HOME, "--exit-on-stdin-close",
    ...Object.entries(config).map(([k, v]) => `${k}=${v}`)];
  const child = spawn("java", args, { env: { ...process.env, KAMERGRAAF_NEO4J_PASSWORD: password }, stdio: ["pipe", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 240_000;
  while (!output.includes("KAMERGRAAF_NEO4J_READY")) {
    if (output.includes("KAMERGRAAF_NEO4J_FAILED") || child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new LocalNeo4jError(`The bench Neo4j did not start: ${output.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const uri = `bolt://127.0.0.1:${port}`;
  const gateway = createGateway({ uri, user: settings.user, password, database: settings.database });
  await gateway.verifyConnectivity();
  await applySchema(gateway);
  log(`bench Neo4j ${settings.version} on ${uri} (home ${BENCH_NEO4J_HOME}, pid ${child.pid})`);
  return {
    uri, user: settings.user, password, database: settings.database, gateway,
    async clear() {
      // batched: a 100 MB graph does not fit one transaction
      for (;;) {
        const rows = await gateway.write("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted", {});
        if (Number(rows[0]?.deleted ?? 0) === 0) break;
      }
      await applySchema(gateway);
    },
    async stop() {
      await gateway.close();
      child.stdin.end();
      const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
      await exited;
      clearTimeout(timer);
      // a throw-away store: its transaction logs alone grow to a gigabyte per 10 MB run
      rmSync(BENCH_NEO4J_HOME, { recursive: true, force: true });
    },
  };
}
