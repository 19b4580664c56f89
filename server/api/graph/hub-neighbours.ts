import type { NamedReader } from "../api-database.ts";
import type { Elements, NodeType } from "../schemas/common.ts";
import { edgesAmong, loadStartNodes, toCyNode, type SubgraphFilters } from "./subgraph.ts";

// A hub (a ministry with hundreds of neighbours) is shown as counts by type
// first and opened one type, one page at a time: the explorer never has to
// draw 157 nodes to show that they exist.

export interface TypeCount { type: NodeType; count: number }

function filterParams(filters: SubgraphFilters) {
  return { relTypes: [...filters.relTypes], from: filters.from, to: filters.to, minEvidence: filters.minEvidence };
}

/** The entity (404 when unknown) and its distinct neighbours counted by type, largest first. */
export async function neighbourTypeCounts(read: NamedReader, key: string, filters: SubgraphFilters) {
  const [hub] = await loadStartNodes(read, [key]);
  const rows = await read("neighbour-type-counts", { key, ...filterParams(filters) });
  const types = rows.map((row) => ({ type: String(row.type) as NodeType, count: Number(row.count) }));
  return { hub: hub!, types, total: types.reduce((sum, t) => sum + t.count, 0) };
}

/**
 * One page of the hub's neighbours of `type` with the hub itself and the edges
 * among them (hub–neighbour and neighbour–neighbour), plus where the next page starts.
 */
export async function neighboursOfType(
  read: NamedReader,
  key: string,
  page: { type: NodeType; offset: number; limit: number },
  filters: SubgraphFilters,
): Promise<{ elements: Elements; total: number; nextOffset: number | null }> {
  const { hub, types } = await neighbourTypeCounts(read, key, filters);
  const total = types.find((t) => t.type === page.type)?.count ?? 0;
  const rows = await read("neighbours-of-type", { key, type: page.type, ...filterParams(filters), skip: page.offset, limit: page.limit });
  const nodes = [hub, ...rows.map(toCyNode)];
  // Edges: at most one per relation type between two nodes in practice; 5 per node as in growSubgraph.
  const edges = await edgesAmong(read, nodes.map((n) => n.data.id), filters, nodes.length * 5);
  const end = page.offset + rows.length;
  return { elements: { nodes, edges }, total, nextOffset: end < total ? end : null };
}
