/**
 * kamergraaf query <name> [--param k=v]… [--json]
 * kamergraaf query --list
 *
 * Runs a named query of cypher/queries/ read-only and prints a table.
 */
import { parseArgs } from "node:util";
import { ValidationError } from "../errors.ts";
import { allNamedQueries, runNamedQuery } from "../graph/named-queries.ts";
import { connectGraph } from "./connect-graph.ts";
import { formatTable } from "./format-table.ts";

export async function queryCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      param: { type: "string", multiple: true, short: "p", default: [] },
      json: { type: "boolean", default: false },
      list: { type: "boolean", default: false },
    },
  });
  if (values.list || positionals.length === 0) {
    process.stdout.write(`${listQueries()}\n`);
    return values.list ? 0 : 2;
  }
  const params: Record<string, string> = {};
  for (const pair of values.param ?? []) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new ValidationError(`--param expects key=value, got "${pair}"`);
    params[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const connection = await connectGraph({ log: (m) => process.stderr.write(`${m}\n`), applySchema: false });
  try {
    const result = await runNamedQuery(connection.gateway, positionals[0]!, params, {
      timeoutMs: connection.config.CYPHER_TIMEOUT_MS,
      rowCap: connection.config.CYPHER_ROW_CAP,
    });
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ query: result.query.name, params: result.params, columns: result.columns, rows: result.rows, truncated: result.truncated }, null, 2)}\n`);
    } else {
      process.stdout.write(`${formatTable(result.columns, result.rows)}\n`);
      process.stderr.write(`${result.rows.length} row(s)${result.truncated ? ` (truncated at ${connection.config.CYPHER_ROW_CAP})` : ""}\n`);
    }
    return 0;
  } finally {
    await connection.close();
  }
}

function listQueries(): string {
  return allNamedQueries()
    .map((q) => {
      const params = q.params.map((p) => `    --param ${p.name}=<${p.type}${p.nullable ? "|null" : ""}>${p.defaultValue ? ` (default ${p.defaultValue})` : ""}  ${p.description}`);
      return [`${q.name}: ${q.description}`, ...params].join("\n");
    })
    .join("\n\n");
}
