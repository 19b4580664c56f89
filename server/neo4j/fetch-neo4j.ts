import { execFile } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { LocalNeo4jError } from "../errors.ts";
import { requireJava, requireJavac, requireMaven } from "./java-toolchain.ts";
import type { Neo4jSettings } from "./neo4j-settings.ts";
import {
  launcherClassName,
  launcherClassesDir,
  launcherPom,
  launcherSource,
  mavenRepoDir,
  neo4jLibDir,
} from "./paths.ts";

const run = promisify(execFile);

export type Log = (message: string) => void;

// Written after a complete download, so an interrupted one is redone.
function fetchedStamp(version: string): string {
  return join(neo4jLibDir, `.fetched-${version}`);
}

/**
 * Makes sure the embedded Neo4j jars are in .cache/neo4j/lib (Maven, first
 * run only) and the launcher class is compiled. Cheap when already done.
 */
export async function ensureNeo4jInstalled(settings: Neo4jSettings, log: Log = () => {}): Promise<void> {
  await requireJava();
  if (!existsSync(fetchedStamp(settings.version))) {
    await requireMaven();
    log(`Downloading Neo4j ${settings.version} jars from Maven Central into .cache/ (first run only)...`);
    rmSync(neo4jLibDir, { recursive: true, force: true });
    mkdirSync(neo4jLibDir, { recursive: true });
    try {
      await run(
        "mvn",
        [
          "-q",
          "-B",
          `-Dmaven.repo.local=${mavenRepoDir}`,
          `-Dneo4j.version=${settings.version}`,
          "-f",
          launcherPom,
          "dependency:copy-dependencies",
          `-DoutputDirectory=${neo4jLibDir}`,
          "-DincludeScope=runtime",
        ],
        { timeout: 15 * 60_000, maxBuffer: 64 * 1024 * 1024 },
      );
    } catch (error) {
      const output = error as { stdout?: string; stderr?: string };
      throw new LocalNeo4jError(
        "Maven could not download the Neo4j jars (network to Maven Central needed on first run).",
        { output: `${output.stdout ?? ""}${output.stderr ?? ""}`.slice(-4000) },
        error,
      );
    }
    writeFileSync(fetchedStamp(settings.version), new Date().toISOString() + "\n");
  }

  const compiled = join(launcherClassesDir, `${launcherClassName}.class`);
  const stale =
    !existsSync(compiled) ||
    statSync(compiled).mtimeMs < statSync(launcherSource).mtimeMs ||
    statSync(compiled).mtimeMs < statSync(fetchedStamp(settings.version)).mtimeMs;
  if (stale) {
    await requireJavac();
    log("Compiling the Neo4j launcher...");
    mkdirSync(launcherClassesDir, { recursive: true });
    try {
      await run("javac", ["-nowarn", "-d", launcherClassesDir, "-cp", join(neo4jLibDir, "*"), launcherSource], {
        timeout: 5 * 60_000,
      });
    } catch (error) {
      throw new LocalNeo4jError("Compiling the Neo4j launcher failed.", { output: String((error as { stderr?: string }).stderr) }, error);
    }
  }
}

export function launcherClassPath(): string {
  return [join(neo4jLibDir, "*"), launcherClassesDir].join(":");
}
