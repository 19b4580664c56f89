import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { LocalNeo4jError } from "../errors.ts";

const run = promisify(execFile);

const alternatives =
  "Alternatives: run Neo4j 5.26 yourself (docker compose up neo4j) and set NEO4J_URI/NEO4J_PASSWORD, " +
  "or point NEO4J_URI at any Neo4j 5 (e.g. Aura, neo4j+s://...).";

/** Neo4j 5.26 runs on Java 17 or 21. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  // Java 8 and older report "1.8.0_..."
  return first === 1 ? Number(match[2]) : first;
}

async function versionOutput(command: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout, stderr } = await run(command, args, { timeout: 30_000 });
    return `${stdout}\n${stderr}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

export async function requireJava(): Promise<void> {
  const output = await versionOutput("java", ["-version"]);
  if (output === undefined) {
    throw new LocalNeo4jError(`Java was not found. Install a JDK 17 or 21 (e.g. apt-get install openjdk-17-jdk-headless). ${alternatives}`);
  }
  const major = parseJavaMajor(output);
  if (major === undefined || (major !== 17 && major !== 21)) {
    throw new LocalNeo4jError(
      `Neo4j 5.26 needs Java 17 or 21, found: ${output.trim().split("\n")[0]}. ${alternatives}`,
    );
  }
}

export async function requireJavac(): Promise<void> {
  if ((await versionOutput("javac", ["-version"])) === undefined) {
    throw new LocalNeo4jError(`javac was not found. Install a full JDK 17 or 21, not just a JRE (e.g. openjdk-17-jdk-headless). ${alternatives}`);
  }
}

export async function requireMaven(): Promise<void> {
  if ((await versionOutput("mvn", ["-v"])) === undefined) {
    throw new LocalNeo4jError(`Maven (mvn) was not found; it downloads the Neo4j jars once. Install it (e.g. apt-get install maven). ${alternatives}`);
  }
}
