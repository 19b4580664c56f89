import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { dockerEnvName, embeddedNeo4jConfig, loadNeo4jSettings } from "./neo4j-settings.ts";
import { projectRoot } from "../../common/paths.ts";
import { launcherPom } from "./paths.ts";

const settings = loadNeo4jSettings();
const compose = parse(readFileSync(join(projectRoot, "docker-compose.yml"), "utf8")) as {
  services: Record<string, { image?: string; environment?: Record<string, string>; ports?: string[] }>;
};
const neo4jService = compose.services.neo4j!;
const appService = compose.services.app!;

describe("neo4j-settings.json is the one source of Neo4j version and settings", () => {
  it("pins a 5.26 LTS version", () => {
    expect(settings.version).toMatch(/^5\.26\.\d+$/);
  });

  it("docker-compose runs the same Neo4j version line as the embedded one", () => {
    expect(neo4jService.image).toBe(settings.dockerImage);
    const tag = /^neo4j:(\d+\.\d+(?:\.\d+)?)-community$/.exec(neo4jService.image ?? "")?.[1];
    expect(tag, "image must be a community tag with a version").toBeDefined();
    expect(`${settings.version}.`.startsWith(`${tag}.`)).toBe(true);
  });

  it("docker-compose sets the same Neo4j settings and heap", () => {
    const env = neo4jService.environment ?? {};
    for (const [key, value] of Object.entries(settings.config)) {
      expect(env[dockerEnvName(key)], key).toBe(value);
    }
    expect(env[dockerEnvName("server.memory.heap.max_size")]).toBe(settings.heap);
    expect(neo4jService.ports).toContain(`${settings.boltHost}:${settings.boltPort}:7687`);
  });

  it("the app container reaches Neo4j on the same Bolt port", () => {
    // Inside the compose network Neo4j always listens on the container port 7687.
    expect(appService.environment?.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(appService.environment?.NEO4J_DATABASE).toBe(settings.database);
    const dockerfile = readFileSync(join(projectRoot, "Dockerfile"), "utf8");
    const exposed = /^EXPOSE (\d+)/m.exec(dockerfile)?.[1];
    expect(appService.ports).toContain(`127.0.0.1:${exposed}:${exposed}`);
  });

  it("pom.xml defaults to the same version", () => {
    expect(readFileSync(launcherPom, "utf8")).toContain(`<neo4j.version>${settings.version}</neo4j.version>`);
  });

  it("the embedded Bolt listener matches boltHost/boltPort and stays on loopback", () => {
    const config = embeddedNeo4jConfig(settings);
    expect(config["server.bolt.listen_address"]).toBe(`${settings.boltHost}:${settings.boltPort}`);
    expect(settings.boltHost).toBe("127.0.0.1");
    expect(config["dbms.security.auth_enabled"]).toBe("true");
  });

  it("maps neo4j.conf keys to Docker env names like the official image", () => {
    expect(dockerEnvName("server.memory.pagecache.size")).toBe("NEO4J_server_memory_pagecache_size");
    expect(dockerEnvName("dbms.security.auth_enabled")).toBe("NEO4J_dbms_security_auth__enabled");
  });
});
