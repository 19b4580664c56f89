import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import neo4j from "neo4j-driver";
import { z } from "zod";
import { LocalNeo4jError } from "../errors.ts";
import { probeBolt } from "./bolt-probe.ts";
import { ensureNeo4jInstalled, launcherClassPath, type Log } from "./fetch-neo4j.ts";
import { embeddedNeo4jConfig, localBoltUri, type Neo4jSettings } from "./neo4j-settings.ts";
import { launcherClassName, neo4jHomeDir, neo4jLogFile, neo4jPasswordFile, neo4jPidFile } from "./paths.ts";

const READY = "KAMERGRAAF_NEO4J_READY";
const FAILED = "KAMERGRAAF_NEO4J_FAILED";
const startTimeoutMs = 240_000;
const stopTimeoutMs = 60_000;

const pidFileSchema = z.object({
  pid: z.number().int().positive(),
  uri: z.string(),
  detached: z.boolean(),
  startedAt: z.string(),
});
export type PidFile = z.infer<typeof pidFileSchema>;

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Resolves with the exit code when the JVM exits, for whatever reason. */
  exited: Promise<number>;
  stop(): Promise<void>;
}

/** NEO4J_PASSWORD wins; otherwise one generated password, kept in .neo4j/password. */
export function localNeo4jPassword(fromEnv: string | undefined): string {
  if (fromEnv) {
    if (fromEnv.length < 8) throw new LocalNeo4jError("NEO4J_PASSWORD must be at least 8 characters for the local Neo4j.");
    return fromEnv;
  }
  if (existsSync(neo4jPasswordFile)) {
    const stored = readFileSync(neo4jPasswordFile, "utf8").trim();
    if (stored.length >= 8) return stored;
  }
  mkdirSync(neo4jHomeDir, { recursive: true });
  const generated = randomBytes(18).toString("base64url");
  writeFileSync(neo4jPasswordFile, generated + "\n", { mode: 0o600 });
  return generated;
}

export function readPidFile(): PidFile | undefined {
  if (!existsSync(neo4jPidFile)) return undefined;
  try {
    return pidFileSchema.parse(JSON.parse(readFileSync(neo4jPidFile, "utf8")));
  } catch {
    return undefined;
  }
}

/** True if pid is alive and is our launcher (pids get reused after reboots). */
export function isOurNeo4j(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(launcherClassName);
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

export function runningLocalNeo4j(): PidFile | undefined {
  const pidFile = readPidFile();
  if (pidFile && isOurNeo4j(pidFile.pid)) return pidFile;
  if (pidFile) rmSync(neo4jPidFile, { force: true }); // stale
  return undefined;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isOurNeo4j(pid)) return true;
    await sleep(200);
  }
  return !isOurNeo4j(pid);
}

/**
 * SIGTERM runs the JVM shutdown hook (managementService.shutdown(), a clean
 * checkpoint); SIGKILL only if that hangs.
 */
export async function stopLocalNeo4jPid(pid: number, log: Log = () => {}): Promise<void> {
  if (!isOurNeo4j(pid)) return;
  process.kill(pid, "SIGTERM");
  if (!(await waitForExit(pid, stopTimeoutMs))) {
    log(`Neo4j (pid ${pid}) did not stop within ${stopTimeoutMs / 1000}s, killing it.`);
    process.kill(pid, "SIGKILL");
    await waitForExit(pid, 10_000);
  }
  const pidFile = readPidFile();
  if (pidFile?.pid === pid) rmSync(neo4jPidFile, { force: true });
}

export async function stopRunningLocalNeo4j(log: Log = () => {}): Promise<boolean> {
  const running = runningLocalNeo4j();
  if (!running) return false;
  await stopLocalNeo4jPid(running.pid, log);
  return true;
}

/** Whether a Bolt server at `uri` accepts these credentials (a short-lived driver, always closed). */
export async function boltAcceptsLogin(uri: string, user: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 5000 });
  try {
    await driver.verifyAuthentication();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export function portTakenError(settings: Neo4jSettings, reason: string): LocalNeo4jError {
  return new LocalNeo4jError(
    `Port ${settings.boltPort} on ${settings.boltHost} is taken by something that is not Neo4j (${reason}). ` +
      `Stop that program, or point NEO4J_URI at your Neo4j.`,
  );
}

export interface StartOptions {
  settings: Neo4jSettings;
  password: string;
  /** Detached: survives this process (npm run db:start). Attached: dies with it. */
  detached: boolean;
  log?: Log;
}

/** Starts the embedded Neo4j and resolves once Bolt accepts our login. */
export async function startLocalNeo4j(options: StartOptions): Promise<LocalNeo4j> {
  const { settings, password, detached } = options;
  const log = options.log ?? (() => {});
  const uri = localBoltUri(settings);

  const already = runningLocalNeo4j();
  if (already) {
    throw new LocalNeo4jError(`The local Neo4j is already running (pid ${already.pid}, ${already.uri}). Stop it with npm run db:stop.`);
  }
  const probe = await probeBolt(settings.boltHost, settings.boltPort);
  if (probe.kind === "not-bolt") throw portTakenError(settings, probe.reason);
  if (probe.kind === "bolt") {
    throw new LocalNeo4jError(
      `Another Neo4j (Bolt ${probe.version}) already listens on ${settings.boltHost}:${settings.boltPort}. ` +
        `Use it by setting NEO4J_URI and NEO4J_PASSWORD, or stop it first.`,
    );
  }

  await ensureNeo4jInstalled(settings, log);
  mkdirSync(neo4jHomeDir, { recursive: true });

  const config = embeddedNeo4jConfig(settings);
  const args = [
    `-Xmx${settings.heap}`,
    "-Xms256m",
    "-Dfile.encoding=UTF-8",
    "-cp",
    launcherClassPath(),
    launcherClassName,
    neo4jHomeDir,
    ...(detached ? [] : ["--exit-on-stdin-close"]),
    ...Object.entries(config).map(([key, value]) => `${key}=${value}`),
  ];
  const env = { ...process.env, KAMERGRAAF_NEO4J_PASSWORD: password };
  // This start's output is everything after this offset of the log file.
  const logOffset = existsSync(neo4jLogFile) ? statSync(neo4jLogFile).size : 0;
  appendFileSync(neo4jLogFile, `\n--- ${new Date().toISOString()} starting Neo4j ${settings.version} (${detached ? "detached" : "attached"})\n`);

  let child: ChildProcess;
  let output = "";
  if (detached) {
    // Output goes straight to the log file: this process exits after start.
    const logFd = openSync(neo4jLogFile, "a");
    child = spawn("java", args, { env, detached: true, stdio: ["ignore", logFd, logFd] });
    closeSync(logFd);
  } else {
    // stdin stays a pipe: when this node process dies, the launcher sees EOF and shuts down.
    child = spawn("java", args, { env, stdio: ["pipe", "pipe", "pipe"] });
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      appendFileSync(neo4jLogFile, text);
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
  }
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError("Could not start java.");
  let exitCode: number | null | undefined;
  const exited = new Promise<number>((resolve) =>
    child.once("exit", (code, signal) => {
      exitCode = code ?? (signal ? -1 : 0);
      resolve(exitCode);
    }),
  );

  const logSinceStart = (): string => {
    if (!detached) return output;
    return readFileSync(neo4jLogFile).subarray(logOffset).toString("utf8");
  };

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    const text = logSinceStart();
    const failed = text.split("\n").find((line) => line.startsWith(FAILED));
    if (failed || exitCode !== undefined) {
      if (exitCode === undefined) child.kill("SIGKILL");
      throw new LocalNeo4jError(`The local Neo4j did not start: ${failed ?? `java exited with code ${exitCode}`}. See ${neo4jLogFile}.`, {
        output: text.slice(-3000),
      });
    }
    if (text.includes(READY)) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new LocalNeo4jError(`The local Neo4j did not become ready within ${startTimeoutMs / 1000}s. See ${neo4jLogFile}.`);
    }
    await sleep(200);
  }
  if (!(await boltAcceptsLogin(uri, settings.user, password))) {
    await stopLocalNeo4jPid(pid, log);
    throw new LocalNeo4jError(`The local Neo4j started but refuses our login on ${uri}. See ${neo4jLogFile}.`);
  }
  const pidFile: PidFile = { pid, uri, detached, startedAt: new Date().toISOString() };
  writeFileSync(neo4jPidFile, JSON.stringify(pidFile) + "\n");
  if (detached) child.unref();

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid,
    exited,
    stop: () => (stopping ??= stopLocalNeo4jPid(pid, log)),
  };
}
