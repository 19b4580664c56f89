import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

// The CLI as a user runs it (tsx, real Neo4j from the global setup via the
// NEO4J_* variables it exports). Only bad documents are fed to ingest, so
// nothing is written to the shared database.
const run = promisify(execFile);
const cli = join(import.meta.dirname, "..", "..", "server", "cli", "kamergraaf.ts");
const tsx = join(import.meta.dirname, "..", "..", "node_modules", ".bin", "tsx");
const dir = mkdtempSync(join(tmpdir(), "kamergraaf-cli-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function kamergraaf(args: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { env: process.env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("kamergraaf CLI", () => {
  it("ingest --json reports rejected documents with reasons and exits non-zero", async () => {
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "scan.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x03]));
    writeFileSync(join(dir, "notes.md"), "ignored: not .txt");
    const { code, stdout } = await kamergraaf(["ingest", dir, "--json"]);
    expect(code).toBe(1);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ documents: 0, skippedUnchanged: 0 });
    expect(summary.rejected).toEqual([
      { name: "empty.txt", code: "empty", reason: "the file is empty" },
      { name: "scan.txt", code: "binary", reason: "the file contains NUL bytes (binary, not text)" },
    ]);
  });

  it("ingest of a missing path is a usage error", async () => {
    const { code, stderr } = await kamergraaf(["ingest", join(dir, "nope")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/No such file or directory/);
  });

  it("query runs a named query read-only, as JSON or a table", async () => {
    const json = await kamergraaf(["query", "relation-evidence", "--param", "relKey=FUNDED|no-such|entity", "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ query: "relation-evidence", params: { relKey: "FUNDED|no-such|entity" }, rows: [], truncated: false });
    const table = await kamergraaf(["query", "relation-evidence", "--param", "relKey=x"]);
    expect(table.stdout.split("\n")[0]).toMatch(/^docKey\s+docTitle\s+docDate/);
  });

  it("query with a bad parameter names the problem and exits 2", async () => {
    const { code, stderr } = await kamergraaf(["query", "neighbourhood", "--param", "depth=deep"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing parameter "key"/);
    expect(stderr).toMatch(/"deep" is not an integer/);
  });
});
