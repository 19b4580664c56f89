/**
 * Stable keys of the graph (see cypher/README.md). Everything the ingestion
 * MERGEs on is built here, so re-ingesting the same document yields the same
 * keys and nothing is duplicated. Neo4j's internal ids are never used.
 */
import { basename } from "node:path";

/** `seeds/000_b27fdd294b83071a.txt` → `000_b27fdd294b83071a`. */
export function documentKey(file: string): string {
  return basename(file).replace(/\.[^.]+$/, "");
}

/** How a Document appears as the end of a fact relationship and in the explorer. */
export function documentNodeId(docKey: string): string {
  return `doc:${docKey}`;
}

/**
 * `TYPE|source|target`. ASKED/ANSWERED end at a Document; their target part
 * is `doc:<docKey>` so one entity asking two documents gives two keys.
 */
export function relationKey(type: string, sourceKey: string, targetKey: string): string {
  return `${type}|${sourceKey}|${targetKey}`;
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
  return `${docKey}#q${number}`;
}

export function mentionKey(docKey: string, start: number, end: number): string {
  return `${docKey}:${start}-${end}`;
}

export function evidenceKey(relKey: string, docKey: string, start: number, end: number): string {
  return `${relKey}@${docKey}:${start}-${end}`;
}

export function commitmentKey(docKey: string, start: number): string {
  return `${docKey}:c${start}`;
}
