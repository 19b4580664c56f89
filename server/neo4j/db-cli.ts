// npm run db:start | db:stop | db:status | db:fetch
import { loadConfig } from "../config.ts";
import { KamergraafError } from "../errors.ts";
import { probeBolt } from "./bolt-probe.ts";
import { ensureNeo4jInstalled } from "./fetch-neo4j.ts";
import { localNeo4jPassword, runningLocalNeo4j, startLocalNeo4j, stopRunningLocalNeo4j } from "./local-neo4j.ts";
import { loadNeo4jSettings, localBoltUri } from "./neo4j-settings.ts";
import { neo4jLogFile, neo4jPasswordFile } from "./paths.ts";

const log = (message: string) => console.log(message);

async function main(command: string | undefined): Promise<number> {
  const settings = loadNeo4jSettings();
  switch (command) {
    case "fetch": {
      const started = Date.now();
      await ensureNeo4jInstalled(settings, log);
      log(`Neo4j ${settings.version} jars and launcher ready in .cache/ (${((Date.now() - started) / 1000).toFixed(1)}s).`);
      return 0;
    }
    case "start": {
      const running = runningLocalNeo4j();
      if (running) {
        log(`Neo4j is already running (pid ${running.pid}) on ${running.uri}.`);
        return 0;
      }
      const config = loadConfig();
      const started = Date.now();
      const local = await startLocalNeo4j({ settings, password: localNeo4jPassword(config.NEO4J_PASSWORD), detached: true, log });
      log(`Neo4j ${settings.version} ready on ${local.uri} (pid ${local.pid}) in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
      log(`User ${settings.user}; password: NEO4J_PASSWORD or ${neo4jPasswordFile}. Log: ${neo4jLogFile}. Stop: npm run db:stop`);
      return 0;
    }
    case "stop": {
      const started = Date.now();
      if (await stopRunningLocalNeo4j(log)) log(`Neo4j stopped in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
      else log("No local Neo4j started by this project is running.");
      return 0;
    }
    case "status": {
      const running = runningLocalNeo4j();
      const probe = await probeBolt(settings.boltHost, settings.boltPort);
      if (running) log(`running: pid ${running.pid}, ${running.uri}, since ${running.startedAt}${running.detached ? "" : " (attached to another process)"}`);
      else if (probe.kind === "bolt") log(`not started by this project, but a Bolt ${probe.version} server answers on ${localBoltUri(settings)}`);
      else if (probe.kind === "not-bolt") log(`stopped; port ${settings.boltPort} is taken by something that is not Neo4j (${probe.reason})`);
      else log("stopped");
      return 0;
    }
    default:
      console.error("usage: db-cli.ts fetch|start|stop|status");
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof KamergraafError) {
      console.error(`error: ${error.message}`);
      if (error.details) console.error(JSON.stringify(error.details, null, 2));
    } else console.error(error);
    process.exit(1);
  },
);
