/**
 * A view as undo / redo keeps it: which nodes and edges are shown and where,
 * which are expanded or pinned, the filters and the layout. Element data is
 * cached once per element (not per snapshot), so a step costs ids and
 * positions only, and undoing an expand or a clear needs no request.
 */
import type cytoscape from "cytoscape";
import type { Filters } from "./filters.ts";
import type { GraphView } from "./graph-view.ts";
import type { LayoutName } from "./url-state.ts";

export interface Snapshot {
  nodes: { id: string; x: number; y: number }[];
  edges: string[];
  expanded: string[];
  pinned: string[];
  filters: Filters;
  layout: LayoutName;
}

/** Every element ever added to the graph, by id, as it was added. */
export class ElementCache {
  private readonly data = new Map<string, cytoscape.ElementDefinition>();

  constructor(cy: cytoscape.Core) {
    cy.on("add", (ev) => {
      const ele = ev.target as cytoscape.SingularElementArgument;
      this.data.set(ele.id(), { group: ele.group(), data: { ...ele.data() } });
    });
  }

  get(id: string): cytoscape.ElementDefinition | undefined {
    return this.data.get(id);
  }
}

export function capture(graph: GraphView, filters: Filters): Snapshot {
  const cy = graph.cy;
  return {
    nodes: cy.nodes().map((n) => ({ id: n.id(), x: n.position("x"), y: n.position("y") })),
    edges: cy.edges().map((e) => e.id()),
    expanded: graph.expandedKeys(),
    pinned: cy.nodes(".pinned").map((n) => n.id()),
    filters,
    layout: graph.layoutName,
  };
}

export const sameSnapshot = (a: Snapshot | undefined, b: Snapshot): boolean => !!a && JSON.stringify(a) === JSON.stringify(b);

/** Brings the graph to the snapshot: removes what it lacks, re-adds cached elements, puts every node back in place. */
export function applySnapshot(graph: GraphView, cache: ElementCache, snap: Snapshot): void {
  const cy = graph.cy;
  const nodes = new Map(snap.nodes.map((n) => [n.id, n]));
  const edges = new Set(snap.edges);
  const pinned = new Set(snap.pinned);
  cy.batch(() => {
    cy.remove(cy.elements().filter((e) => (e.isNode() ? !nodes.has(e.id()) : !edges.has(e.id()))));
    const add: cytoscape.ElementDefinition[] = [];
    for (const { id, x, y } of snap.nodes) {
      const def = cy.getElementById(id).empty() ? cache.get(id) : undefined;
      if (def) add.push({ ...def, position: { x, y } });
    }
    cy.add(add);
    const edgeDefs: cytoscape.ElementDefinition[] = [];
    for (const id of snap.edges) {
      const def = cy.getElementById(id).empty() ? cache.get(id) : undefined;
      if (def && cy.getElementById(def.data.source as string).nonempty() && cy.getElementById(def.data.target as string).nonempty()) edgeDefs.push(def);
    }
    cy.add(edgeDefs);
    cy.nodes().forEach((n) => {
      const at = nodes.get(n.id());
      n.unlock();
      if (at) n.position({ x: at.x, y: at.y });
      n.toggleClass("pinned", pinned.has(n.id()));
      if (pinned.has(n.id())) n.lock();
    });
    cy.elements().removeClass("path faded");
  });
  graph.setExpanded(snap.expanded);
  graph.layoutName = snap.layout;
}
