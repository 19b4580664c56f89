/**
 * The elements a URL view state shows, fetched in one request: POST /api/view
 * with the shown node ids (documents included; ids the graph no longer holds
 * come back as `missing`). A hand-written link with only `exp=` gets the
 * neighbourhoods of those entities instead.
 */
import { api, type Elements } from "./api-client.ts";
import { EXPAND_LIMIT } from "./graph-view.ts";
import type { ViewState } from "./url-state.ts";
import { fetchView } from "./view-api.ts";

export async function elementsOf(state: ViewState): Promise<{ elements: Elements; missing: string[] }> {
  if (state.shown.length) {
    const { elements, missing } = await fetchView([...new Set([...state.shown, ...state.pinned.map((p) => p.id)])]);
    return { elements, missing };
  }
  const elements: Elements = { nodes: [], edges: [] };
  const missing: string[] = [];
  for (const key of state.expanded) {
    try {
      const around = await api.neighbourhood(key, { depth: 1, limit: EXPAND_LIMIT });
      elements.nodes.push(...around.elements.nodes);
      elements.edges.push(...around.elements.edges);
    } catch {
      missing.push(key);
    }
  }
  return { elements, missing };
}
