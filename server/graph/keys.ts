/**
 * Stable keys of the graph. Everything the ingestion MERGEs on is built here,
 * from the key formats of model/graph-model.json (the same text
 * cypher/README.md shows), so re-ingesting the same document yields the same
 * keys and nothing is duplicated. Neo4j's internal ids are never used.
 */
import { basename } from "node:path";
import { FACT_RELATIONSHIP, STRUCTURAL_NODES } from "../../model/graph-model.ts";
import { compileKeyFormat } from "../../model/key-format.ts";

const format = {
  question: compileKeyFormat(STRUCTURAL_NODES.Question.keyFormat),
  mention: compileKeyFormat(STRUCTURAL_NODES.Mention.keyFormat),
  evidence: compileKeyFormat(STRUCTURAL_NODES.Evidence.keyFormat),
  commitment: compileKeyFormat(STRUCTURAL_NODES.Commitment.keyFormat),
  relation: compileKeyFormat(FACT_RELATIONSHIP.keyFormat),
  documentEnd: compileKeyFormat(FACT_RELATIONSHIP.documentEndFormat),
};

/** `seeds/000_b27fdd294b83071a.txt` → `000_b27fdd294b83071a`. */
export function documentKey(file: string): string {
  return basename(file).replace(/\.[^.]+$/, "");
}

/** How a Document appears as the end of a fact relationship and in the explorer. */
export function documentNodeId(docKey: string): string {
  return format.documentEnd({ docKey });
}

/**
 * `TYPE|source|target`. ASKED/ANSWERED end at a Document; their target part
 * is `doc:<docKey>` so one entity asking two documents gives two keys.
 */
export function relationKey(type: string, sourceKey: string, targetKey: string): string {
  return format.relation({ type, sourceKey, targetKey });
}

export interface ParsedRelationKey {
  type: string;
  sourceKey: string;
  targetKey: string;
}

export function parseRelationKey(key: string): ParsedRelationKey {
  const first = key.indexOf("|");
  const second = key.indexOf("|", first + 1);
  if (first < 0 || second < 0) throw new Error(`Not a relation key: ${key}`);
  return { type: key.slice(0, first), sourceKey: key.slice(first + 1, second), targetKey: key.slice(second + 1) };
}

export function questionKey(docKey: string, number: number): string {
  return format.question({ docKey, number });
}

export function mentionKey(docKey: string, start: number, end: number): string {
  return format.mention({ docKey, start, end });
}

export function evidenceKey(relKey: string, docKey: string, start: number, end: number): string {
  return format.evidence({ relKey, docKey, start, end });
}

export function commitmentKey(docKey: string, start: number): string {
  return format.commitment({ docKey, start });
}
