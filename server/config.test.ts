import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";
import { ConfigError } from "./errors.ts";

describe("loadConfig", () => {
  it("fills defaults from an empty environment", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      NEO4J_USER: "neo4j",
      NEO4J_DATABASE: "neo4j",
      PORT: 3000,
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      SEEDS_DIR: "seeds",
    });
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.NEO4J_PASSWORD).toBeUndefined();
    expect(config.INGEST_TOKEN).toBeUndefined();
    expect(config.CYPHER_TIMEOUT_MS).toBeGreaterThan(0);
    expect(config.CYPHER_ROW_CAP).toBeGreaterThan(0);
  });

  it("parses numbers and accepts Aura URIs", () => {
    const config = loadConfig({ PORT: "8080", CYPHER_ROW_CAP: "10", NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" });
    expect(config.PORT).toBe(8080);
    expect(config.CYPHER_ROW_CAP).toBe(10);
    expect(config.NEO4J_URI).toBe("neo4j+s://abc.databases.neo4j.io");
  });

  it("treats empty strings as unset", () => {
    expect(loadConfig({ NEO4J_URI: "", PORT: "" }).PORT).toBe(3000);
  });

  it("names every bad variable in one error", () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: "abc", NEO4J_URI: "http://localhost:7474", LOG_LEVEL: "loud", CYPHER_TIMEOUT_MS: "-5" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const error = caught as ConfigError;
    for (const name of ["PORT", "NEO4J_URI", "LOG_LEVEL", "CYPHER_TIMEOUT_MS"]) expect(error.message).toContain(name);
    expect((error.details as { problems: unknown[] }).problems).toHaveLength(4);
  });
});
