/**
 * Display schema for the explorer, derived from the one type table
 * (extract/model/graph-model.ts) — the same module /api/schema is built from,
 * so colours and shapes cannot drift between server and client.
 */
import { ENTITY_TYPES, ORGANISATION_KINDS, RELATION_TYPES, entityTypeNames, relationTypeNames } from "../../extract/model/graph-model.ts";

export { entityTypeNames, relationTypeNames };

/** Documents are structural nodes (ASKED / ANSWERED land on them), not an entity type of the table. */
export const DOCUMENT_NODE = { type: "Document", label: "Document", color: "#525252", shape: "rectangle" } as const;

export interface NodeStyleRow { type: string; label: string; color: string; shape: string; description: string }

export function nodeStyleRows(): NodeStyleRow[] {
  const rows: NodeStyleRow[] = entityTypeNames.map((type) => ({
    type,
    label: ENTITY_TYPES[type].label,
    color: ENTITY_TYPES[type].color,
    shape: ENTITY_TYPES[type].shape,
    description: ENTITY_TYPES[type].description,
  }));
  rows.push({ ...DOCUMENT_NODE, description: "A parliamentary document; ASKED and ANSWERED point at it." });
  return rows;
}

export function relationRows(): { type: string; label: string; color: string; description: string }[] {
  return relationTypeNames.map((type) => ({ type, label: RELATION_TYPES[type].label, color: RELATION_TYPES[type].color, description: RELATION_TYPES[type].description }));
}

export function relationLabel(type: string): string {
  return (RELATION_TYPES as Record<string, { label: string }>)[type]?.label ?? type.toLowerCase().replaceAll("_", " ");
}

export function organisationKindRows(): { kind: string; color: string }[] {
  return Object.entries(ORGANISATION_KINDS).map(([kind, row]) => ({ kind, color: row.color }));
}

/** All node types the view can show (entity types plus Document). */
export function nodeTypeNames(): string[] {
  return [...entityTypeNames, DOCUMENT_NODE.type];
}
