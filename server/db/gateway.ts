import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Session } from "neo4j-driver";
import { DatabaseUnavailableError, KamergraafError, ResultTooLargeError, ValidationError } from "../errors.ts";
import { mapDriverError } from "./map-driver-error.ts";
import { recordToPlain, toPlain, type PlainRow } from "./to-plain.ts";
import type { PlanNode, PlannedQuery } from "./query-plan.ts";
import { Liveness } from "./liveness.ts";
import { probeNeo4j } from "./probe-neo4j.ts";

export type Params = Record<string, unknown>;
export type { PlainRow };

export interface QueryOptions {
  /** Server-side transaction timeout. */
  timeoutMs?: number;
}

/** What a transaction function gets: plain rows in, never driver types. */
export interface GatewayTx {
  run(cypher: string, params?: Params): Promise<PlainRow[]>;
}

export interface UserQueryResult {
  columns: string[];
  rows: PlainRow[];
  /** True when more rows existed than the caps let through. */
  truncated: boolean;
  /** Which cap cut the answer short. */
  truncatedBy: "rows" | "bytes" | null;
  /** Size of the returned rows as JSON. */
  bytes: number;
}

export interface Neo4jServerInfo {
  version: string;
  edition: string;
  uri: string;
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export interface GatewayOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Default transaction timeout for read/write when no option is given. */
  defaultTimeoutMs?: number;
  /** After how long a call makes the gateway check that Neo4j still answers (default 1 s). */
  suspectAfterMs?: number;
}

/**
 * The one place that talks to neo4j-driver. Sessions are always closed,
 * results are plain JS, and driver errors become kamergraaf errors. The
 * driver reconnects by itself, so the gateway outlives Neo4j restarts.
 */
export class Gateway {
  readonly uri: string;
  readonly database: string;
  private driver: Driver;
  private readonly liveness: Liveness;
  private readonly options: GatewayOptions;
  private readonly defaultTimeoutMs: number | undefined;
  private userFunctionNames: Promise<string[]> | undefined;

  constructor(options: GatewayOptions) {
    this.uri = options.uri;
    this.database = options.database;
    this.defaultTimeoutMs = options.defaultTimeoutMs;
    this.options = options;
    this.driver = this.newDriver();
    this.liveness = new Liveness({
      probe: (timeoutMs) => probeNeo4j(options, timeoutMs),
      suspectAfterMs: options.suspectAfterMs,
      // Connections of a Neo4j that stopped answering may hang for ever: start afresh.
      onDown: () => {
        const hung = this.driver;
        this.driver = this.newDriver();
        void hung.close().catch(() => {});
      },
    });
  }

  /** True while Neo4j did not answer the last liveness probe. */
  get unresponsive(): boolean {
    return this.liveness.down;
  }

  private newDriver(): Driver {
    return neo4j.driver(this.options.uri, neo4j.auth.basic(this.options.user, this.options.password), {
      // Fail fast while Neo4j is down (health must answer 503 quickly), but
      // let transaction functions ride out a short restart.
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: 2_000,
      userAgent: "kamergraaf",
    });
  }

  async read(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<PlainRow[]> {
    return this.readTx((tx) => tx.run(cypher, params), options);
  }

  async write(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<PlainRow[]> {
    return this.writeTx((tx) => tx.run(cypher, params), options);
  }

  /** Retried on transient errors by the driver: `work` must be safe to repeat. */
  async readTx<T>(work: (tx: GatewayTx) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    return this.withSession(neo4j.session.READ, (session) =>
      session.executeRead((tx) => work(wrapTx(tx)), this.txConfig(options.timeoutMs)),
    );
  }

  async writeTx<T>(work: (tx: GatewayTx) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    return this.withSession(neo4j.session.WRITE, (session) =>
      session.executeWrite((tx) => work(wrapTx(tx)), this.txConfig(options.timeoutMs)),
    );
  }

  /**
   * Runs a user's Cypher in a READ session (the server refuses writes),
   * with a server-side timeout and a row cap. Not retried: user queries may
   * be expensive.
   */
  async runUserQuery(cypher: string, params: Params, options: { timeoutMs: number; rowCap: number; byteCap?: number }): Promise<UserQueryResult> {
    if (cypher.trim() === "") throw new ValidationError("The query is empty.");
    const byteCap = options.byteCap ?? Infinity;
    // Small batches: the driver pulls no more than about what the caps let through.
    return this.withSession(neo4j.session.READ, async (session) => {
      const result = session.run(cypher, params, { timeout: options.timeoutMs });
      const columns = (await result.keys()).map(String);
      const rows: PlainRow[] = [];
      let bytes = 0;
      let truncatedBy: UserQueryResult["truncatedBy"] = null;
      for await (const record of result) {
        if (rows.length >= options.rowCap) {
          truncatedBy = "rows";
          break; // stops streaming; the session close discards the rest
        }
        const row = recordToPlain(record);
        const size = Buffer.byteLength(JSON.stringify(row) ?? "");
        if (bytes + size > byteCap) {
          if (rows.length === 0) throw new ResultTooLargeError(`One row is ${size} bytes, more than the ${byteCap} bytes an answer may carry.`, { byteCap, rowBytes: size });
          truncatedBy = "bytes";
          break;
        }
        bytes += size;
        rows.push(row);
      }
      return { columns, rows, truncated: truncatedBy !== null, truncatedBy, bytes };
    }, { fetchSize: 100 });
  }

  /**
   * Neo4j's own judgement of a user's query, without running it: EXPLAIN
   * gives the query type and the plan (server/api/cypher-guard.ts reads both).
   * The same text and parameters are then run by runUserQuery.
   */
  async planUserQuery(cypher: string, params: Params, options: { timeoutMs: number }): Promise<PlannedQuery> {
    return this.withSession(neo4j.session.READ, async (session) => {
      const result = await session.run(`EXPLAIN ${cypher}`, params, { timeout: options.timeoutMs });
      const { queryType, plan } = result.summary;
      return { queryType: String(queryType), plan: plan ? (plan as unknown as PlanNode) : false };
    });
  }

  /** Functions that plugins add (not built into Cypher); asked once, they change only with a restart. */
  async userFunctions(): Promise<string[]> {
    this.userFunctionNames ??= this.read("SHOW FUNCTIONS YIELD name, isBuiltIn WHERE NOT isBuiltIn RETURN name", {}, { timeoutMs: 5_000 })
      .then((rows) => rows.map((row) => String(row.name)))
      .catch((error: unknown) => {
        this.userFunctionNames = undefined;
        throw error;
      });
    return this.userFunctionNames;
  }

  /** No retries: the health check must answer quickly when Neo4j is down. */
  async serverInfo(): Promise<Neo4jServerInfo> {
    return this.withSession(neo4j.session.READ, async (session) => {
      const result = await session.run(
        "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
        {},
        { timeout: 5_000 },
      );
      const row = result.records[0];
      if (!row) throw new DatabaseUnavailableError("Neo4j did not report its version.");
      return { version: String(row.get("version")), edition: String(row.get("edition")), uri: this.uri };
    });
  }

  /** Answered from Neo4j's count store, so cheap on any graph size. */
  async counts(): Promise<GraphCounts> {
    return this.withSession(neo4j.session.READ, async (session) => {
      // Two queries: each is a count-store lookup, and this works on every Neo4j 5.
      const nodes = await session.run("MATCH (n) RETURN count(n) AS count", {}, { timeout: 5_000 });
      const relationships = await session.run("MATCH ()-[r]->() RETURN count(r) AS count", {}, { timeout: 5_000 });
      return {
        nodes: Number(toPlain(nodes.records[0]?.get("count")) ?? 0),
        relationships: Number(toPlain(relationships.records[0]?.get("count")) ?? 0),
      };
    });
  }

  async verifyConnectivity(): Promise<void> {
    try {
      await this.liveness.watch(() => this.driver.verifyConnectivity({ database: this.database }));
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private txConfig(timeoutMs: number | undefined): { timeout?: number } {
    const timeout = timeoutMs ?? this.defaultTimeoutMs;
    return timeout === undefined ? {} : { timeout };
  }

  private async withSession<T>(accessMode: "READ" | "WRITE", work: (session: Session) => Promise<T>, config: { fetchSize?: number } = {}): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: accessMode, ...config });
    // Bounded: closing a session on a Neo4j that stopped answering never ends.
    const close = () => {
      const closed = session.close().catch(() => {});
      return Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
    };
    try {
      const result = await this.liveness.watch(() => work(session));
      await close();
      return result;
    } catch (error) {
      void close();
      // Errors thrown by caller code inside a transaction pass through unchanged.
      if (error instanceof Neo4jError || !(error instanceof Error) || error instanceof KamergraafError) throw mapDriverError(error);
      throw error;
    }
  }
}

function wrapTx(tx: ManagedTransaction): GatewayTx {
  return {
    async run(cypher, params = {}) {
      const result = await tx.run(cypher, params);
      return result.records.map(recordToPlain);
    },
  };
}

export function createGateway(options: GatewayOptions): Gateway {
  return new Gateway(options);
}
