/**
 * Writes the knowledge-base reference facts (reference-facts.ts) for the
 * entities some documents mention: reads those entities, keeps the facts
 * whose other end is in the graph too, MERGEs them on their own keys and
 * deletes the reference facts at these entities the knowledge base no longer
 * gives. One write transaction; safe to repeat.
 *
 * `scope` is a key prefix the graph's keys carry (tests write under
 * "test:<name>:"): it is taken off before the knowledge base is asked and put
 * back on every key written, so scoped data only links to scoped data.
 */
import { loadCypher } from "../db/load-cypher.ts";
import type { Gateway } from "../db/gateway.ts";
import type { Knowledge } from "../../extract/pipeline/knowledge.ts";
import { referenceFacts, referenceKey, type GraphEntity, type ReferenceFact } from "./reference-facts.ts";
import { mergeReferenceFactsStatement } from "./typed-statements.ts";
import { chunks } from "./ingest.ts";

const TEST_SCOPE = "test:";

export interface ReferenceLoadResult {
  entities: number;
  written: Record<string, number>;
  deleted: number;
}

export async function loadReferenceFacts(
  gateway: Gateway,
  docKeys: string[],
  options: { scope?: string; knowledge?: Knowledge } = {},
): Promise<ReferenceLoadResult> {
  const scope = options.scope ?? "";
  // loaded lazily: lexicons and knowledge-base tables are only needed here
  const knowledge = options.knowledge ?? (await import("../../extract/pipeline/default-knowledge.ts")).defaultKnowledge();
  const { kbTable } = await import("../../extract/knowledge/kb-tables.ts");

  const entities: GraphEntity[] = [];
  for (const chunk of chunks(docKeys, 2_000)) {
    for (const row of await gateway.read(loadCypher("ingest/reference-entities"), { docKeys: chunk })) {
      const key = String(row.key);
      // scoped data links only to scoped data: outside a test scope, test keys ("test:<name>:…", test/support) are another scope's
      if (!key.startsWith(scope) || (!scope && key.startsWith(TEST_SCOPE))) continue;
      entities.push({ key: key.slice(scope.length), type: String(row.type), name: String(row.name), aliases: (row.aliases as string[]) ?? [], kind: (row.kind as string | null) ?? null });
    }
  }
  const scoped = (f: ReferenceFact) => ({ ...f, key: referenceKey(f.type, scope + f.sourceKey, scope + f.targetKey, f.props.kbRow), sourceKey: scope + f.sourceKey, targetKey: scope + f.targetKey });
  const candidates = referenceFacts(entities, knowledge, kbTable("organisations")).map(scoped);
  const ends = [...new Set(candidates.flatMap((f) => [f.sourceKey, f.targetKey]))];
  const existing = new Set<string>();
  for (const chunk of chunks(ends, 5_000)) for (const row of await gateway.read(loadCypher("ingest/existing-entities"), { keys: chunk })) existing.add(String(row.key));
  const facts = candidates.filter((f) => existing.has(f.sourceKey) && existing.has(f.targetKey));

  return gateway.writeTx(async (tx) => {
    const written: Record<string, number> = {};
    for (const type of [...new Set(facts.map((f) => f.type))]) {
      const rows = facts.filter((f) => f.type === type).map(({ key, sourceKey, targetKey, props }) => ({ key, sourceKey, targetKey, props }));
      const statement = mergeReferenceFactsStatement(type);
      for (const chunk of chunks(rows, 2_000)) await tx.run(statement, { rows: chunk });
      written[type] = rows.length;
    }
    let deleted = 0;
    const keep = facts.map((f) => f.key);
    for (const chunk of chunks(entities.map((e) => scope + e.key), 2_000)) {
      const rows = await tx.run(loadCypher("ingest/delete-stale-reference-facts"), { entityKeys: chunk, keep });
      deleted += Number(rows[0]?.deleted ?? 0);
    }
    return { entities: entities.length, written, deleted };
  });
}
