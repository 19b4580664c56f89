import { RELATION_TYPES, relationTypeNames, type RelationType } from "../../../extract/model/graph-model.ts";
import { NotFoundError } from "../../errors.ts";
import type { NamedReader } from "../api-database.ts";
import { NODE_TYPE_NAMES, type CyEdge, type CyNode, type Elements, type NodeType } from "../schemas/common.ts";

// Neighbourhoods are grown breadth-first, one Cypher step per depth level,
// so depth, type filters and the node limit stay parameters (variable-length
// bounds cannot be parameters in Cypher) and truncation is exact.

export interface SubgraphFilters {
  relTypes: readonly RelationType[];
  nodeTypes: readonly NodeType[];
  from: string | null;
  to: string | null;
  minEvidence: number;
}

export const allFilters: SubgraphFilters = { relTypes: relationTypeNames, nodeTypes: NODE_TYPE_NAMES, from: null, to: null, minEvidence: 0 };

export interface Subgraph {
  elements: Elements;
  truncated: boolean;
}

/** Node ids: entity key, or doc:<key> for documents. */
export function splitNodeIds(ids: Iterable<string>): { entityKeys: string[]; docKeys: string[] } {
  const entityKeys: string[] = [];
  const docKeys: string[] = [];
  for (const id of ids) {
    if (id.startsWith("doc:")) docKeys.push(id.slice(4));
    else entityKeys.push(id);
  }
  return { entityKeys, docKeys };
}

export function toCyNode(row: Record<string, unknown>): CyNode {
  return {
    data: {
      id: String(row.id),
      label: String(row.label ?? row.key),
      type: String(row.type),
      kind: (row.kind as string | null) ?? null,
      aliases: (row.aliases as string[] | null) ?? [],
      docCount: Number(row.docCount ?? 0),
    },
  };
}

function toCyEdge(row: Record<string, unknown>): CyEdge {
  const type = String(row.type) as RelationType;
  return {
    data: {
      id: String(row.id),
      source: String(row.source),
      target: String(row.target),
      type,
      label: RELATION_TYPES[type]?.label ?? type.toLowerCase(),
      evidenceCount: Number(row.evidenceCount ?? 0),
      firstDate: (row.firstDate as string | null) ?? null,
      lastDate: (row.lastDate as string | null) ?? null,
    },
  };
}

function filterParams(filters: SubgraphFilters) {
  return {
    relTypes: [...filters.relTypes],
    nodeTypes: [...filters.nodeTypes],
    from: filters.from,
    to: filters.to,
    minEvidence: filters.minEvidence,
  };
}

/** Fails with a 404 naming every start id that is not in the graph. */
export async function loadStartNodes(read: NamedReader, startIds: readonly string[]): Promise<CyNode[]> {
  const rows = await read("nodes-by-id", splitNodeIds(startIds));
  const found = new Set(rows.map((row) => String(row.id)));
  const missing = startIds.filter((id) => !found.has(id));
  if (missing.length > 0) throw new NotFoundError(`Unknown ${missing.length === 1 ? "key" : "keys"}: ${missing.join(", ")}`, { missing });
  return rows.map(toCyNode);
}

/** The edges among a set of nodes, as Cytoscape edges; `cap` bounds the answer. */
export async function edgesAmong(read: NamedReader, nodeIds: Iterable<string>, filters: SubgraphFilters, cap: number): Promise<CyEdge[]> {
  const rows = await read("edges-among", { ...splitNodeIds(nodeIds), ...filterParams(filters), cap });
  return rows.map(toCyEdge);
}

export async function nodesById(read: NamedReader, nodeIds: Iterable<string>): Promise<CyNode[]> {
  return (await read("nodes-by-id", splitNodeIds(nodeIds))).map(toCyNode);
}

/**
 * Everything within `depth` fact relationships of the start nodes, at most
 * `limit` nodes (strongest evidence first at each level) and 5×limit edges.
 */
export async function growSubgraph(
  read: NamedReader,
  startIds: readonly string[],
  options: { depth: number; limit: number; filters: SubgraphFilters },
): Promise<Subgraph> {
  const { depth, limit, filters } = options;
  const nodes = new Map<string, CyNode>();
  for (const node of await loadStartNodes(read, startIds)) nodes.set(node.data.id, node);
  let truncated = nodes.size > limit;
  let frontier = [...nodes.keys()];
  for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
    const room = limit - nodes.size;
    // Ask for one more than fits: if it comes back, the answer is truncated.
    const rows = await read("neighbourhood-step", {
      ...splitNodeIds(frontier),
      ...filterParams(filters),
      seen: [...nodes.keys()],
      cap: room + 1,
    });
    if (rows.length > room) truncated = true;
    frontier = [];
    for (const row of rows.slice(0, Math.max(room, 0))) {
      const node = toCyNode(row);
      nodes.set(node.data.id, node);
      frontier.push(node.data.id);
    }
  }
  const edgeCap = limit * 5;
  const edges = await edgesAmong(read, nodes.keys(), filters, edgeCap + 1);
  if (edges.length > edgeCap) {
    truncated = true;
    edges.length = edgeCap;
  }
  return { elements: { nodes: [...nodes.values()], edges }, truncated };
}
