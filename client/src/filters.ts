/**
 * Client-side view filters. Pure functions over element data so the rules are
 * unit-testable without a browser; graph-view applies them as a CSS class.
 */
import type { EdgeData, NodeData } from "./api-client.ts";

export interface Filters {
  /** Node types to hide (empty = show all). Stored as "hidden" so new types show by default. */
  hiddenNodeTypes: string[];
  hiddenRelationTypes: string[];
  /** ISO dates (yyyy-mm-dd); an edge shows when its [firstDate, lastDate] overlaps [from, to]. */
  from: string | null;
  to: string | null;
  minEvidence: number;
}

export const NO_FILTERS: Filters = { hiddenNodeTypes: [], hiddenRelationTypes: [], from: null, to: null, minEvidence: 0 };

export function nodeVisible(node: Pick<NodeData, "type">, filters: Filters): boolean {
  return !filters.hiddenNodeTypes.includes(node.type);
}

export function edgeVisible(edge: Pick<EdgeData, "type" | "evidenceCount" | "firstDate" | "lastDate">, filters: Filters): boolean {
  if (filters.hiddenRelationTypes.includes(edge.type)) return false;
  // ASKED/ANSWERED edges to documents may lack an evidence count; treat as 1 (the document itself).
  if ((edge.evidenceCount ?? 1) < filters.minEvidence) return false;
  const first = edge.firstDate ?? edge.lastDate ?? null;
  const last = edge.lastDate ?? edge.firstDate ?? null;
  // Undated edges cannot be placed in time: they hide only when a date range is set.
  if (filters.from || filters.to) {
    if (!first || !last) return false;
    if (filters.from && last.slice(0, 10) < filters.from) return false;
    if (filters.to && first.slice(0, 10) > filters.to) return false;
  }
  return true;
}

export function filtersActive(filters: Filters): boolean {
  return filters.hiddenNodeTypes.length > 0 || filters.hiddenRelationTypes.length > 0 || !!filters.from || !!filters.to || filters.minEvidence > 1;
}
