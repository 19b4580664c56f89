/**
 * Undoing an entity merge without re-ingesting: the chosen mentions move to
 * a new entity, and with them the evidence (and so the fact relationships)
 * and commitments whose sentences hold those mentions. Relationships are
 * recounted on both sides; the old resolution stays on the new REFERS_TO.
 *
 * Note: re-ingesting a *changed* document applies the extractor's resolution
 * again (unchanged documents are skipped, so the split survives `npm start`).
 */
import { loadCypher, splitCypherStatements } from "../db/load-cypher.ts";
import type { Gateway, GatewayTx } from "../db/gateway.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { documentNodeId, evidenceKey, parseRelationKey, relationKey } from "./keys.ts";
import { assertEntityLabel, mergeRelationsStatement } from "./typed-statements.ts";

export interface SplitOptions {
  /** Name of the new entity; default: the first moved mention's text. */
  name?: string;
  reason?: string;
}

export interface SplitResult {
  entityKey: string;
  newKey: string;
  movedMentions: number;
  movedEvidence: number;
  movedCommitments: number;
  /** Relationship keys the moved evidence now supports. */
  newRelations: string[];
  deletedRelationships: number;
}

export async function splitEntity(gateway: Gateway, entityKey: string, mentionKeys: string[], newKey: string, options: SplitOptions = {}): Promise<SplitResult> {
  if (mentionKeys.length === 0) throw new ValidationError("splitEntity needs at least one mention key.");
  if (newKey === entityKey || newKey.trim() === "") throw new ValidationError("The new entity key must differ from the old one and not be empty.");
  const reason = options.reason ?? `split from ${entityKey} by hand`;
  return gateway.writeTx(async (tx) => {
    const [old] = await tx.run("MATCH (x:Entity {key: $entityKey}) RETURN x.type AS type", { entityKey });
    if (!old) throw new NotFoundError(`No entity ${entityKey}.`);
    if ((await tx.run("MATCH (x:Entity {key: $newKey}) RETURN x.key AS key", { newKey })).length > 0) {
      throw new ConflictError(`Entity ${newKey} exists already.`);
    }
    const mentions = await tx.run(
      "UNWIND $mentionKeys AS k MATCH (m:Mention {key: k})-[:REFERS_TO]->(x:Entity) RETURN m.key AS key, m.text AS text, x.key AS entity",
      { mentionKeys },
    );
    const wrong = mentionKeys.filter((k) => !mentions.some((m) => m.key === k && m.entity === entityKey));
    if (wrong.length > 0) throw new ValidationError(`These mentions do not refer to ${entityKey}: ${wrong.join(", ")}`, { mentionKeys: wrong });

    const label = String(old.type);
    assertEntityLabel(label);
    const name = options.name ?? String(mentions.find((m) => m.key === mentionKeys[0])!.text);
    const aliases = [...new Set(mentions.map((m) => String(m.text)))].filter((t) => t !== name);
    await tx.run(loadCypher("ingest/split-create-entity").replaceAll("__ENTITY_LABEL__", label), {
      entityKey,
      newKey,
      name,
      aliases,
      aliasText: aliases.join(" | "),
    });

    const moved = await tx.run(loadCypher("ingest/split-move-mentions"), { entityKey, newKey, mentionKeys, reason });
    const docKeys = [...new Set(moved.map((m) => String(m.docKey)))];

    const { movedEvidence, newRelations, deletedRelationships } = await moveEvidence(tx, entityKey, newKey, mentionKeys);
    const [commitments] = await tx.run(loadCypher("ingest/split-move-commitments"), { entityKey, newKey, mentionKeys });
    for (const statement of splitCypherStatements(loadCypher("ingest/split-recount-mentions"))) {
      await tx.run(statement, { docKeys, keys: [entityKey, newKey] });
    }
    return {
      entityKey,
      newKey,
      movedMentions: moved.length,
      movedEvidence,
      movedCommitments: Number(commitments?.moved ?? 0),
      newRelations,
      deletedRelationships,
    };
  });
}

async function moveEvidence(tx: GatewayTx, entityKey: string, newKey: string, mentionKeys: string[]) {
  const evidence = await tx.run(loadCypher("ingest/split-find-evidence"), { entityKey, mentionKeys });
  const swap = (key: string) => (key === entityKey ? newKey : key);
  const relationRows = new Map<string, { key: string; type: string; sourceKey: string; targetKey: string }>();
  const touched = new Map<string, { key: string; sourceKey: string }>();
  const rows = evidence.map((e) => {
    const old = parseRelationKey(String(e.relKey));
    const sourceKey = swap(old.sourceKey);
    const target = swap(old.targetKey);
    const relKey = relationKey(old.type, sourceKey, target);
    const targetKey = target.startsWith("doc:") && target === documentNodeId(target.slice(4)) ? target.slice(4) : target;
    relationRows.set(relKey, { key: relKey, type: old.type, sourceKey, targetKey });
    touched.set(String(e.relKey), { key: String(e.relKey), sourceKey: old.sourceKey });
    touched.set(relKey, { key: relKey, sourceKey });
    return { key: String(e.key), newKey: evidenceKey(relKey, String(e.docKey), Number(e.start), Number(e.end)), relKey, sourceKey };
  });

  const byType = new Map<string, Array<{ key: string; type: string; sourceKey: string; targetKey: string }>>();
  for (const row of relationRows.values()) byType.set(row.type, [...(byType.get(row.type) ?? []), row]);
  for (const [type, list] of byType) await tx.run(mergeRelationsStatement(type), { rows: list });
  if (rows.length > 0) await tx.run(loadCypher("ingest/split-move-evidence"), { rows });

  const [recount, deleteEmpty] = splitCypherStatements(loadCypher("ingest/recount-relations")) as [string, string];
  const relations = [...touched.values()];
  await tx.run(recount, { relations });
  const deleted = await tx.run(deleteEmpty, { relations });
  return { movedEvidence: rows.length, newRelations: [...relationRows.keys()], deletedRelationships: Number(deleted[0]?.deleted ?? 0) };
}
