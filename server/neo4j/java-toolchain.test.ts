import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LocalNeo4jError } from "../errors.ts";
import { parseJavaMajor, requireJava, requireJavac, requireMaven } from "./java-toolchain.ts";

describe("parseJavaMajor", () => {
  it("reads modern and legacy java -version output", () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_202"')).toBe(8);
    expect(parseJavaMajor("command not understood")).toBeUndefined();
  });
});

describe("missing tools", () => {
  const originalPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = originalPath;
  });

  it.each([
    ["java", requireJava, /Java was not found.*JDK 17 or 21/],
    ["javac", requireJavac, /javac was not found/],
    ["mvn", requireMaven, /Maven \(mvn\) was not found/],
  ])("explains what to install when %s is missing, and the alternatives", async (_tool, check, message) => {
    process.env.PATH = mkdtempSync(join(tmpdir(), "kamergraaf-empty-path-"));
    const error = await check().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LocalNeo4jError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/docker compose up neo4j.*NEO4J_URI/);
  });
});
