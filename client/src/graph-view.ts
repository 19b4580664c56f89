/**
 * The Cytoscape graph: adding elements under a hard cap, expand / collapse /
 * remove / pin, incremental layouts, filters, highlights and performance
 * switches for large views.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { api, type EdgeData, type Elements, type NodeData } from "./api-client.ts";
import { showMessage } from "./dom.ts";
import { edgeVisible, nodeVisible, type Filters, NO_FILTERS } from "./filters.ts";
import { relationLabel } from "./graph-schema.ts";
import { graphStylesheet } from "./graph-style.ts";
import { spreadLabels } from "./spread-labels.ts";
import { HubChips } from "./hub-chips.ts";
import { followViewSize, rendererOptions } from "./renderer-mode.ts";
import type { LayoutName } from "./url-state.ts";

cytoscape.use(fcose);

/** The most elements one view holds; past a few thousand the WebGL renderer draws them (renderer-mode.ts). */
export const MAX_ELEMENTS = 20_000;
/** Neighbours fetched per expansion. */
export const EXPAND_LIMIT = 200;
/** Above this many edges, edges become haystack (straight, unlabelled, cheap). */
export const HAYSTACK_THRESHOLD = 400;
/** Above this many elements, layouts run without animation. */
const ANIMATE_BELOW = 300;

export interface GraphCallbacks {
  onSelectNode(data: NodeData): void;
  onSelectEdge(data: EdgeData): void;
  onClearSelection(): void;
  onContextMenu(data: NodeData, x: number, y: number): void;
  onChange(): void;
}

export class GraphView {
  readonly cy: cytoscape.Core;
  private filters: Filters = NO_FILTERS;
  private readonly expanded = new Set<string>();
  layoutName: LayoutName = "fcose";
  private busyCount = 0;
  /** Chips of supernodes: expanding a hub shows its neighbours by type first. */
  readonly hubs: HubChips;

  constructor(container: HTMLElement, private readonly callbacks: GraphCallbacks) {
    this.cy = cytoscape({
      container,
      style: graphStylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      // Canvas to start with; large views switch to WebGL (renderer-mode.ts).
      ...rendererOptions("canvas"),
    });
    followViewSize(this.cy);
    this.hubs = new HubChips(this, container.parentElement ?? container, () => this.callbacks.onChange());
    this.bindEvents();
  }

  private bindEvents(): void {
    const cy = this.cy;
    // Shift / Ctrl / Cmd + tap adds to the selection (Cytoscape toggles it); only a plain tap opens details.
    const additive = (ev: cytoscape.EventObject) => {
      const e = ev.originalEvent as MouseEvent | undefined;
      return !!e && (e.shiftKey || e.ctrlKey || e.metaKey);
    };
    // Cytoscape fires dbltap for any two quick taps, even on two different nodes: remember the taps.
    const taps: [string | null, string | null] = [null, null];
    cy.on("tap", (ev) => {
      taps[0] = taps[1];
      taps[1] = ev.target === cy ? null : (ev.target as cytoscape.SingularElementArgument).id();
    });
    cy.on("tap", "node", (ev) => !additive(ev) && this.callbacks.onSelectNode(ev.target.data() as NodeData));
    cy.on("tap", "edge", (ev) => !additive(ev) && this.callbacks.onSelectEdge(ev.target.data() as EdgeData));
    cy.on("tap", (ev) => {
      if (ev.target === cy) {
        this.clearFocus();
        this.callbacks.onClearSelection();
      }
    });
    cy.on("dbltap", "node", (ev) => {
      const id = (ev.target as cytoscape.NodeSingular).id();
      if (taps[0] === id && taps[1] === id) void this.expand(id);
    });
    cy.on("cxttap", "node", (ev) => {
      const pos = ev.renderedPosition ?? ev.target.renderedPosition();
      this.callbacks.onContextMenu(ev.target.data() as NodeData, pos.x, pos.y);
    });
    cy.on("mouseover", "node", (ev) => {
      const node = ev.target as cytoscape.NodeSingular;
      node.addClass("hovered");
      node.connectedEdges().addClass("hovered");
    });
    cy.on("mouseout", "node", (ev) => {
      const node = ev.target as cytoscape.NodeSingular;
      node.removeClass("hovered");
      node.connectedEdges().removeClass("hovered");
    });
    cy.on("mouseover", "edge", (ev) => ev.target.addClass("hovered"));
    cy.on("mouseout", "edge", (ev) => ev.target.removeClass("hovered"));
  }

  // --- busy flag: the UI and the end-to-end tests wait on it ---
  async busy<T>(work: () => Promise<T>): Promise<T> {
    this.busyCount++;
    document.body.dataset.busy = "true";
    try {
      return await work();
    } finally {
      this.busyCount--;
      if (this.busyCount === 0) document.body.dataset.busy = "false";
    }
  }

  /**
   * Adds elements not yet shown. Refuses the whole batch (with a message) when it
   * would push the view past MAX_ELEMENTS, so the view never silently drops part of a result.
   */
  addElements(elements: Elements, around?: string): cytoscape.NodeCollection | null {
    const cy = this.cy;
    const newNodes = elements.nodes.filter((n) => cy.getElementById(n.data.id).empty());
    const nodeIds = new Set([...cy.nodes().map((n) => n.id()), ...newNodes.map((n) => n.data.id)]);
    const newEdges = elements.edges.filter((e) => cy.getElementById(e.data.id).empty() && nodeIds.has(e.data.source) && nodeIds.has(e.data.target));
    const total = cy.elements().length + newNodes.length + newEdges.length;
    if (total > MAX_ELEMENTS) {
      showMessage(
        `This would show ${total} elements; the view holds at most ${MAX_ELEMENTS}. Remove nodes or narrow the filters first.`,
        "warning",
      );
      return null;
    }
    const centre = around ? cy.getElementById(around) : null;
    const origin = centre && centre.nonempty() ? centre.position() : { x: 0, y: 0 };
    let added!: cytoscape.CollectionReturnValue;
    cy.batch(() => {
      added = cy.add([
        ...newNodes.map((n, i) => ({
          group: "nodes" as const,
          data: { ...n.data, addedBy: around ?? null },
          // Seed new nodes on a ring around their parent so the incremental layout starts close by.
          position: { x: origin.x + 140 * Math.cos((2 * Math.PI * i) / Math.max(1, newNodes.length)), y: origin.y + 140 * Math.sin((2 * Math.PI * i) / Math.max(1, newNodes.length)) },
        })),
        ...newEdges.map((e) => ({ group: "edges" as const, data: { ...e.data, relLabel: relationLabel(e.data.type) } })),
      ]);
      this.applyPerformanceMode();
      this.applyFilters(this.filters);
    });
    return added.nodes();
  }

  private applyPerformanceMode(): void {
    const many = this.cy.edges().length > HAYSTACK_THRESHOLD;
    this.cy.edges().toggleClass("haystack", many);
  }

  /** Expands a node; a hub shows its type chips instead, unless `all` is asked for. */
  async expand(key: string, options: { all?: boolean } = {}): Promise<void> {
    await this.busy(async () => {
      if (!options.all && !key.startsWith("doc:") && (await this.hubs.intercept(key))) {
        this.callbacks.onChange();
        return;
      }
      const result = await api.neighbourhood(key, { depth: 1, limit: EXPAND_LIMIT });
      const wasEmpty = this.cy.nodes().empty();
      const added = this.addElements(result.elements, key);
      if (!added) return;
      this.expanded.add(key);
      if (result.truncated) showMessage(`Showing the first ${result.limit} neighbours of ${key}; more exist. Use filters to narrow down.`, "warning");
      else if (added.empty()) showMessage("No new neighbours to show.");
      await this.runLayout(this.layoutName, wasEmpty ? undefined : added, key);
      this.callbacks.onChange();
    });
  }

  /** Removes neighbours that the expansion brought in and that nothing else visible still holds on to. */
  collapse(key: string): void {
    const node = this.cy.getElementById(key);
    if (node.empty()) return;
    const removable = node.neighborhood("node").filter((n) => {
      if (n.hasClass("pinned") || this.expanded.has(n.id())) return false;
      const others = n.neighborhood("node").filter((m) => m.id() !== key);
      return others.empty();
    });
    this.cy.batch(() => this.cy.remove(removable));
    this.expanded.delete(key);
    this.callbacks.onChange();
  }

  remove(key: string): void {
    this.cy.remove(this.cy.getElementById(key));
    this.expanded.delete(key);
    this.callbacks.onChange();
  }

  togglePin(key: string): boolean {
    const node = this.cy.getElementById(key);
    if (node.empty()) return false;
    const pinned = !node.hasClass("pinned");
    node.toggleClass("pinned", pinned);
    if (pinned) node.lock();
    else node.unlock();
    return pinned;
  }

  isPinned(key: string): boolean {
    return this.cy.getElementById(key).hasClass("pinned");
  }

  isExpanded(key: string): boolean {
    return this.expanded.has(key);
  }

  /**
   * Runs a layout. With `newNodes` (fcose only) just those nodes and their anchor
   * move, from their seeded positions (randomize:false): the rest of the picture stays put.
   */
  runLayout(name: LayoutName, newNodes?: cytoscape.NodeCollection, anchor?: string): Promise<void> {
    this.layoutName = name;
    const cy = this.cy;
    const visible = cy.elements().not(".filtered");
    if (visible.nodes().empty()) return Promise.resolve();
    const animate = visible.length < ANIMATE_BELOW;
    let layout: cytoscape.Layouts;
    if (name === "fcose" && newNodes && newNodes.nonempty()) {
      const anchorNode = anchor ? cy.getElementById(anchor) : cy.collection();
      const moving = newNodes.union(anchorNode);
      const eles = moving.union(moving.edgesWith(moving));
      layout = eles.layout({
        name: "fcose",
        randomize: false,
        animate,
        animationDuration: 300,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        fixedNodeConstraint: anchorNode.nonempty() ? [{ nodeId: anchorNode.id(), position: { ...anchorNode.position() } }] : undefined,
      } as cytoscape.LayoutOptions);
    } else if (name === "fcose") {
      layout = visible.layout({ name: "fcose", randomize: cy.nodes().length > 1 && !newNodes, animate, animationDuration: 400, nodeDimensionsIncludeLabels: true, padding: 40, quality: visible.length > 1000 ? "draft" : "default" } as cytoscape.LayoutOptions);
    } else if (name === "concentric") {
      layout = visible.layout({ name: "concentric", animate, concentric: (n: cytoscape.NodeSingular) => n.degree(false), levelWidth: () => 2, minNodeSpacing: 30, padding: 40 } as cytoscape.LayoutOptions);
    } else {
      const roots = cy.nodes(":selected").nonempty() ? cy.nodes(":selected") : cy.nodes().filter((n) => this.expanded.has(n.id()));
      layout = visible.layout({ name: "breadthfirst", animate, directed: false, spacingFactor: 1.2, nodeDimensionsIncludeLabels: true, roots: roots.nonempty() ? roots : undefined, padding: 40 } as cytoscape.LayoutOptions);
    }
    return this.busy(
      () =>
        new Promise<void>((resolve) => {
          layout.one("layoutstop", () => resolve());
          layout.run();
        }),
    ).then(() => {
      // Layouts place centres; labels below them still collide. An incremental layout moves only the new nodes.
      const incremental = newNodes && newNodes.nonempty() && name === "fcose";
      spreadLabels(cy, incremental ? newNodes : undefined);
      if (incremental) this.ensureVisible(newNodes);
    });
  }

  private ensureVisible(nodes: cytoscape.NodeCollection): void {
    const ext = this.cy.extent();
    const box = nodes.boundingBox({});
    if (box.x1 < ext.x1 || box.x2 > ext.x2 || box.y1 < ext.y1 || box.y2 > ext.y2) this.cy.fit(this.cy.elements().not(".filtered"), 40);
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements().not(".filtered"), padding: 40 }, duration: 250 });
  }

  zoomBy(factor: number): void {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  applyFilters(filters: Filters): void {
    this.filters = filters;
    const cy = this.cy;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass("filtered", !nodeVisible(n.data() as NodeData, filters));
      });
      cy.edges().forEach((e) => {
        const hidden = !edgeVisible(e.data() as EdgeData, filters) || e.source().hasClass("filtered") || e.target().hasClass("filtered");
        e.toggleClass("filtered", hidden);
      });
    });
  }

  /** Fades everything except the given element's closed neighbourhood (selection highlight). */
  focus(id: string): void {
    const cy = this.cy;
    const target = cy.getElementById(id);
    if (target.empty()) return;
    const keep = target.isNode() ? target.closedNeighborhood() : (target as cytoscape.EdgeSingular).union((target as cytoscape.EdgeSingular).connectedNodes());
    cy.batch(() => {
      cy.elements().removeClass("faded");
      cy.elements().not(keep).addClass("faded");
      cy.elements(":selected").unselect();
      target.select();
    });
  }

  clearFocus(): void {
    this.cy.batch(() => this.cy.elements().removeClass("faded path"));
  }

  highlightPath(nodeIds: string[], edgeIds: string[]): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass("path faded");
      const path = cy.collection();
      for (const id of [...nodeIds, ...edgeIds]) path.merge(cy.getElementById(id));
      path.addClass("path");
      cy.elements().not(path).addClass("faded");
    });
  }

  shownKeys(): string[] {
    return this.cy.nodes().map((n) => n.id());
  }

  expandedKeys(): string[] {
    return [...this.expanded].filter((k) => this.cy.getElementById(k).nonempty());
  }

  markExpanded(keys: string[]): void {
    for (const k of keys) this.expanded.add(k);
  }

  /** Replaces the set of expanded nodes (undo / redo, restoring a view). */
  setExpanded(keys: string[]): void {
    this.expanded.clear();
    this.markExpanded(keys);
  }

  reset(): void {
    this.cy.elements().remove();
    this.expanded.clear();
  }

  visibleData(): { nodes: NodeData[]; edges: EdgeData[] } {
    const visible = this.cy.elements().not(".filtered");
    return {
      nodes: visible.nodes().map((n) => strip(n.data()) as unknown as NodeData),
      edges: visible.edges().map((e) => strip(e.data()) as unknown as EdgeData),
    };
  }
}

function strip(data: Record<string, unknown>): Record<string, unknown> {
  const { addedBy: _addedBy, relLabel: _relLabel, ...rest } = data;
  return rest;
}
