/**
 * The kamergraaf command line (npm run ingest / npm run query / npx kamergraaf):
 *   kamergraaf ingest <file|dir>… [--json] [--force] [--max-bytes N]
 *   kamergraaf query <name> [--param k=v]… [--json] | --list
 */
import { pathToFileURL } from "node:url";
import { KamergraafError } from "../errors.ts";
import { ingestCommand } from "./ingest-command.ts";
import { queryCommand } from "./query-command.ts";

const usage = `usage:
  kamergraaf ingest <file|dir>… [--json] [--force] [--max-bytes N] [--batch-rows N] [--tx-rows N]
  kamergraaf query <name> [--param key=value]… [--json]
  kamergraaf query --list`;

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "ingest") return await ingestCommand(rest);
    if (command === "query") return await queryCommand(rest);
    process.stderr.write(`${usage}\n`);
    return 2;
  } catch (error) {
    if (error instanceof KamergraafError) {
      process.stderr.write(`error: ${error.message}\n`);
      return error.code === "VALIDATION" || error.code === "NOT_FOUND" ? 2 : 1;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`error: ${error.message}\n${usage}\n`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2));
}
