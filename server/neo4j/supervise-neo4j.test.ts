import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { LocalNeo4j } from "./local-neo4j.ts";
import { superviseNeo4j } from "./supervise-neo4j.ts";

// Real child processes stand in for the JVM: the supervisor only watches a
// process exit and calls start again, which is what is tested here.
function sleeper(): LocalNeo4j {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  const exited = new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? -1)));
  return { uri: "bolt://localhost:0", pid: child.pid!, exited, stop: async () => void child.kill("SIGTERM") };
}

describe("superviseNeo4j", () => {
  it("starts the process again after it is killed, and counts the restart", async () => {
    const first = sleeper();
    const started: LocalNeo4j[] = [];
    const supervised = superviseNeo4j(first, async () => {
      const next = sleeper();
      started.push(next);
      return next;
    }, () => {}, 20);
    process.kill(first.pid, "SIGKILL");
    await first.exited;
    await expect.poll(() => supervised.status().restarts, { timeout: 5_000 }).toBe(1);
    expect(supervised.status().lastRestartAt).not.toBeNull();
    await supervised.stop();
    await started[0]!.exited;
    expect(supervised.status().restarts).toBe(1); // a requested stop is not restarted
  });

  it("keeps trying with back-off while starts fail", async () => {
    const first = sleeper();
    let attempts = 0;
    const supervised = superviseNeo4j(first, async () => {
      attempts++;
      if (attempts < 3) throw new Error("port busy");
      return sleeper();
    }, () => {}, 10);
    process.kill(first.pid, "SIGKILL");
    await expect.poll(() => supervised.status().restarts, { timeout: 5_000 }).toBe(1);
    expect(attempts).toBe(3);
    await supervised.stop();
  });
});
