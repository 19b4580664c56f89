import { inject } from "vitest";
import { createGateway, type Gateway } from "../../server/db/gateway.ts";

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** The Neo4j test/global-setup.ts found or started. */
export function testNeo4j(): TestNeo4j {
  return inject("neo4j");
}

/** A gateway to the test Neo4j; close it in afterAll. */
export function testGateway(overrides: Partial<TestNeo4j> = {}): Gateway {
  return createGateway({ ...testNeo4j(), ...overrides });
}

/**
 * Tests share one database (possibly a developer's): every test writes only
 * nodes with keys under its own random prefix and deletes them afterwards.
 */
export function testKeyPrefix(name: string): string {
  return `test:${name}:${Math.random().toString(36).slice(2, 10)}:`;
}
