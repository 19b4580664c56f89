import type { Config } from "../config.ts";
import { LocalNeo4jError } from "../errors.ts";
import { probeBolt } from "./bolt-probe.ts";
import type { Log } from "./fetch-neo4j.ts";
import { boltAcceptsLogin, localNeo4jPassword, portTakenError, startLocalNeo4j } from "./local-neo4j.ts";
import { loadNeo4jSettings, localBoltUri } from "./neo4j-settings.ts";
import { superviseNeo4j, type SupervisorStatus } from "./supervise-neo4j.ts";

export interface EnsuredNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True if we started the embedded Neo4j (and stop() will stop it). */
  started: boolean;
  stop(): Promise<void>;
  /** Only when we started the embedded Neo4j: how often it had to be restarted. */
  supervisor?: () => SupervisorStatus;
}

const nothingToStop = async () => {};


/**
 * Finds or starts a Neo4j, in this order:
 * 1. NEO4J_URI set → use it as is (Aura, cluster, docker compose, ...).
 * 2. A Bolt server on localhost:7687 accepts our credentials → use it
 *    (e.g. one started by npm run db:start).
 * 3. Start the embedded Neo4j, tied to this process (stop() stops it).
 */
export async function ensureNeo4j(config: Config, options: { log?: Log } = {}): Promise<EnsuredNeo4j> {
  const log = options.log ?? (() => {});
  const user = config.NEO4J_USER;
  const database = config.NEO4J_DATABASE;
  if (config.NEO4J_URI) {
    if (!config.NEO4J_PASSWORD) throw new LocalNeo4jError("NEO4J_URI is set, so NEO4J_PASSWORD must be set too.");
    return { uri: config.NEO4J_URI, user, password: config.NEO4J_PASSWORD, database, started: false, stop: nothingToStop };
  }

  const settings = loadNeo4jSettings();
  const uri = localBoltUri(settings);
  const password = localNeo4jPassword(config.NEO4J_PASSWORD);
  const probe = await probeBolt(settings.boltHost, settings.boltPort);
  if (probe.kind === "bolt") {
    if (await boltAcceptsLogin(uri, user, password)) {
      log(`Using the Neo4j already running on ${uri}.`);
      return { uri, user, password, database, started: false, stop: nothingToStop };
    }
    throw new LocalNeo4jError(
      `A Neo4j answers on ${uri} but rejects user "${user}" with our password ` +
        `(NEO4J_PASSWORD or .neo4j/password). Set NEO4J_PASSWORD (and NEO4J_URI) for that server, or stop it.`,
    );
  }
  if (probe.kind === "not-bolt") throw portTakenError(settings, probe.reason);
  log(`No Neo4j on ${uri}; starting the embedded Neo4j ${settings.version}...`);
  try {
    const start = () => startLocalNeo4j({ settings, password, detached: false, log });
    const supervised = superviseNeo4j(await start(), start, log);
    return { uri, user, password, database, started: true, stop: supervised.stop, supervisor: supervised.status };
  } catch (error) {
    // Another process (a parallel test run, npm start) may have started the
    // same local Neo4j a moment before us: use that one.
    if ((await probeBolt(settings.boltHost, settings.boltPort)).kind === "bolt" && (await boltAcceptsLogin(uri, user, password))) {
      log(`Another process started the local Neo4j on ${uri} first; using it.`);
      return { uri, user, password, database, started: false, stop: nothingToStop };
    }
    throw error;
  }
}
