import neo4j from "neo4j-driver";
import type { Gateway } from "../db/gateway.ts";
import { loadCypher } from "../db/load-cypher.ts";

/** The part of the foundation's gateway the API uses (tests and benches pass the real one). */
export type ApiDatabase = Pick<Gateway, "read" | "readTx" | "runUserQuery">;

/** Runs a named query from cypher/api/ (in one transaction, or each on its own). */
export type NamedReader = (name: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/**
 * JavaScript numbers reach Cypher as floats, which LIMIT, SKIP and list
 * slices refuse; every integer parameter of our own queries goes as an
 * Integer. (User queries of /api/cypher get their params untouched.)
 */
export function cypherParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === "number" && Number.isSafeInteger(value) ? neo4j.int(value) : value;
  }
  return out;
}

/** A statement of cypher/api/ by name, through the one Cypher loader. */
export const apiCypher = (name: string): string => loadCypher(`api/${name}`);

/** Runs a named read query from cypher/api/. */
export function readNamed(db: ApiDatabase, name: string, params: Record<string, unknown>, timeoutMs?: number): Promise<Record<string, unknown>[]> {
  return db.read(apiCypher(name), cypherParams(params), timeoutMs === undefined ? {} : { timeoutMs });
}

/**
 * Runs `work` in ONE read transaction: multi-step reads (neighbourhood BFS,
 * path + elements) see one snapshot and pay for one session, not one per step.
 */
export function inReadTx<T>(db: ApiDatabase, work: (read: NamedReader) => Promise<T>, timeoutMs?: number): Promise<T> {
  return db.readTx((tx) => work((name, params) => tx.run(apiCypher(name), cypherParams(params))), timeoutMs === undefined ? {} : { timeoutMs });
}
