import { loadCypher, splitCypherStatements } from "./load-cypher.ts";
import type { Gateway } from "./gateway.ts";

/** Statements of cypher/schema.cypher, in file order. */
export function schemaStatements(): string[] {
  return splitCypherStatements(loadCypher("schema"));
}

/**
 * Applies cypher/schema.cypher. Every statement is IF NOT EXISTS, so this
 * runs at every start. Schema commands cannot share a transaction with
 * other statements, hence one write per statement. Waits for indexes to
 * come online so the first queries can use them.
 */
export async function applySchema(gateway: Gateway): Promise<{ statements: number }> {
  const statements = schemaStatements();
  for (const statement of statements) await gateway.write(statement);
  await gateway.write("CALL db.awaitIndexes(60)");
  return { statements: statements.length };
}
