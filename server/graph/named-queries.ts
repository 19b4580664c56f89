/**
 * Named queries: cypher/queries/<name>.cypher, each with a header comment
 * that is both documentation and the parameter declaration:
 *
 *   // neighbourhood: what it is for …
 *   // @param key     string           entity key
 *   // @param depth   integer = 1      hops
 *   // @param actor   string? = null   nullable
 *   // @returns source, type, target
 *
 * The CLI turns `--param k=v` strings into typed values from these
 * declarations, and runs the query read-only.
 */
import { cypherFolder, cypherNames, loadCypher } from "../db/load-cypher.ts";
import type { Gateway, UserQueryResult } from "../db/gateway.ts";
import { NotFoundError, ValidationError } from "../errors.ts";

export const PARAM_TYPES = ["string", "integer", "float", "boolean", "date", "list"] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export interface QueryParam {
  name: string;
  type: ParamType;
  nullable: boolean;
  /** Raw default as written in the header ("today" for dates); undefined = required. */
  defaultValue: string | undefined;
  description: string;
}

export interface NamedQuery {
  name: string;
  description: string;
  params: QueryParam[];
  returns: string[];
  cypher: string;
}

const paramLine = /^\/\/\s*@param\s+(\w+)\s+(\w+)(\?)?(?:\s*=\s*(\S+))?\s*(.*)$/;

export function namedQueryNames(): string[] {
  return cypherNames(cypherFolder("queries"));
}

export function loadNamedQuery(name: string): NamedQuery {
  if (!namedQueryNames().includes(name)) {
    throw new NotFoundError(`No named query "${name}". Known: ${namedQueryNames().join(", ")}.`);
  }
  return parseNamedQuery(name, loadCypher(`queries/${name}`));
}

export function parseNamedQuery(name: string, cypher: string): NamedQuery {
  const header = cypher.split("\n").filter((line) => line.trim().startsWith("//")).map((line) => line.trim());
  const params: QueryParam[] = [];
  const description: string[] = [];
  let returns: string[] = [];
  for (const line of header) {
    const param = paramLine.exec(line);
    if (param) {
      const [, pname, type, nullable, defaultValue, doc] = param as unknown as [string, string, ParamType, string | undefined, string | undefined, string];
      if (!PARAM_TYPES.includes(type)) throw new Error(`${name}.cypher: @param ${pname} has unknown type ${type}`);
      params.push({ name: pname, type, nullable: nullable === "?", defaultValue, description: doc.trim() });
    } else if (/^\/\/\s*@returns\s/.test(line)) {
      returns = line.replace(/^\/\/\s*@returns\s+/, "").split(/\s*,\s*/);
    } else if (params.length === 0 && returns.length === 0) {
      description.push(line.replace(/^\/\/\s?/, ""));
    }
  }
  const used = new Set([...cypher.replace(/^\s*\/\/.*$/gm, "").matchAll(/\$(\w+)/g)].map((m) => m[1]!));
  for (const p of used) if (!params.some((d) => d.name === p)) throw new Error(`${name}.cypher uses $${p} without an @param line`);
  return { name, description: description.join(" ").replace(new RegExp(`^${name}:\\s*`), ""), params, returns, cypher };
}

/** `--param` strings → typed Cypher parameters; unknown, missing or malformed values are errors. */
export function resolveParams(query: NamedQuery, given: Record<string, string>, today: string = new Date().toISOString().slice(0, 10)): Record<string, unknown> {
  const problems: string[] = [];
  for (const key of Object.keys(given)) {
    if (!query.params.some((p) => p.name === key)) problems.push(`unknown parameter "${key}" (expected: ${query.params.map((p) => p.name).join(", ") || "none"})`);
  }
  const params: Record<string, unknown> = {};
  for (const p of query.params) {
    const raw = given[p.name] ?? p.defaultValue;
    if (raw === undefined) {
      problems.push(`missing parameter "${p.name}" (${p.type}${p.description ? `: ${p.description}` : ""})`);
      continue;
    }
    if (raw === "null" && p.nullable) {
      params[p.name] = null;
      continue;
    }
    try {
      params[p.name] = convert(p.type, raw === "today" && p.type === "date" ? today : raw);
    } catch (error) {
      problems.push(`parameter "${p.name}": ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new ValidationError(`Query "${query.name}": ${problems.join("; ")}.`, { problems });
  return params;
}

function convert(type: ParamType, raw: string): unknown {
  switch (type) {
    case "string":
      return raw;
    case "integer": {
      if (!/^-?\d+$/.test(raw)) throw new Error(`"${raw}" is not an integer`);
      return Number(raw);
    }
    case "float": {
      const value = Number(raw);
      if (raw.trim() === "" || Number.isNaN(value)) throw new Error(`"${raw}" is not a number`);
      return value;
    }
    case "boolean":
      if (raw !== "true" && raw !== "false") throw new Error(`"${raw}" is not true or false`);
      return raw === "true";
    case "date":
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) throw new Error(`"${raw}" is not a date (YYYY-MM-DD)`);
      return raw;
    case "list":
      return raw === "" ? [] : raw.split(",").map((s) => s.trim());
  }
}

export async function runNamedQuery(
  gateway: Gateway,
  name: string,
  given: Record<string, string>,
  options: { timeoutMs: number; rowCap: number },
): Promise<UserQueryResult & { query: NamedQuery; params: Record<string, unknown> }> {
  const query = loadNamedQuery(name);
  const params = resolveParams(query, given);
  const result = await gateway.runUserQuery(query.cypher, params, options);
  return { ...result, query, params };
}

/** Raw text of every named query, for the README generator. */
export function allNamedQueries(): NamedQuery[] {
  return namedQueryNames().map((name) => parseNamedQuery(name, loadCypher(`queries/${name}`)));
}
