/**
 * Labels and relationship types cannot be Cypher parameters, so the
 * statements that need them are templates (cypher/ingest/*.cypher with
 * __PLACEHOLDERS__) filled here, only with names from the type table
 * (extract/model/graph-model.ts). Anything else throws: input never becomes
 * Cypher text.
 */
import { loadCypher } from "../db/load-cypher.ts";
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from "../../extract/model/graph-model.ts";

const entityLabels = new Set<string>(Object.keys(ENTITY_TYPES));
const relationTypes = new Set<string>(Object.keys(RELATION_TYPES));

export function assertEntityLabel(label: string): asserts label is EntityType {
  if (!entityLabels.has(label)) throw new Error(`Not an entity type of graph-model.ts: ${JSON.stringify(label)}`);
}

export function assertRelationType(type: string): asserts type is RelationType {
  if (!relationTypes.has(type)) throw new Error(`Not a relation type of graph-model.ts: ${JSON.stringify(type)}`);
}

export function mergeEntitiesStatement(label: string): string {
  assertEntityLabel(label);
  return loadCypher("ingest/merge-entities").replaceAll("__ENTITY_LABEL__", label);
}

/** ASKED/ANSWERED (target "@doc" in the type table) end at a Document. */
export function mergeRelationsStatement(type: string): string {
  assertRelationType(type);
  const targetLabel = RELATION_TYPES[type].target === "@doc" ? "Document" : "Entity";
  return loadCypher("ingest/merge-relations").replaceAll("__REL_TYPE__", type).replaceAll("__TARGET_LABEL__", targetLabel);
}

/** Knowledge-base reference facts (load-reference-facts.ts): entity to entity, one per knowledge-base row. */
export function mergeReferenceFactsStatement(type: string): string {
  assertRelationType(type);
  return loadCypher("ingest/merge-reference-facts").replaceAll("__REL_TYPE__", type);
}
