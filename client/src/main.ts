/**
 * Explorer entry point: wires the graph, panels and views together and keeps
 * the view state in the URL hash so a link restores the same view.
 */
import type cytoscape from "cytoscape";
import { api, type Commitment, type EdgeData, type Elements, type EvidenceItem, type Finding, type NodeData } from "./api-client.ts";
import { CommitmentsView } from "./commitments-view.ts";
import { ContextMenu } from "./context-menu.ts";
import { DocumentViewer } from "./document-viewer.ts";
import { byId, el, showMessage } from "./dom.ts";
import { exportMenu } from "./export-menu.ts";
import { FilterPanel } from "./filter-panel.ts";
import type { Filters } from "./filters.ts";
import { EXPAND_LIMIT, GraphView } from "./graph-view.ts";
import { PathFinder } from "./path-finder.ts";
import { searchBox } from "./search-box.ts";
import { SidePanel } from "./side-panel.ts";
import { FindingsView } from "./findings-view.ts";
import { decodeState, encodeState, type LayoutName, type ViewName, type ViewState } from "./url-state.ts";

class Explorer {
  private readonly initial: ViewState = decodeState(location.hash);
  private filters: Filters = this.initial.filters;
  private view: ViewName = "graph";
  private selected: string | null = null;
  private restoring = false;
  readonly graph: GraphView;
  private readonly panel: SidePanel;
  private readonly docs = new DocumentViewer(byId<HTMLDialogElement>("doc-viewer"), () => this.saveState());
  private readonly menu: ContextMenu;
  private readonly filterPanel: FilterPanel;
  private readonly paths: PathFinder;
  private readonly commitments: CommitmentsView;
  private readonly findings: FindingsView;
  private readonly layoutSelect: HTMLSelectElement;

  constructor() {
    const cyContainer = byId("cy");
    this.graph = new GraphView(cyContainer, {
      onSelectNode: (data) => this.selectNode(data),
      onSelectEdge: (data) => this.selectEdge(data),
      onClearSelection: () => {
        this.selected = null;
        this.panel.showHelp();
        this.saveState();
      },
      onContextMenu: (data, x, y) => this.openContextMenu(data, x, y),
      onChange: () => this.afterGraphChange(),
    });
    this.menu = new ContextMenu(byId("graph-view"));
    this.panel = new SidePanel(byId("side-panel"), this.graph, {
      expand: (key) => void this.graph.expand(key).catch(reportError),
      collapse: (key) => this.graph.collapse(key),
      remove: (key) => {
        this.graph.remove(key);
        this.panel.showHelp();
      },
      togglePin: (key) => {
        this.graph.togglePin(key);
        this.selectNode(this.graph.cy.getElementById(key).data() as NodeData);
      },
      setPathEnd: (end, key, name) => {
        this.paths.setEnd(end, key, name);
        this.saveState();
      },
      selectEdge: (id) => this.selectEdge(this.graph.cy.getElementById(id).data() as EdgeData),
      openDocument: (docKey, focus, quote) => void this.docs.open(docKey, focus, quote).catch(reportError),
    });

    const search = searchBox({ label: "Search entities", placeholder: "Search names and aliases, e.g. UBR", onPick: (r) => void this.openEntity(r.key).catch(reportError) });
    search.input.id = "entity-search";
    byId("search-root").appendChild(search.root);

    this.filterPanel = new FilterPanel(this.filters, (filters) => {
      this.filters = filters;
      this.graph.applyFilters(filters);
      this.saveState();
    });
    this.paths = new PathFinder(this.graph, () => this.saveState());
    byId("left-panel").append(this.paths.root, this.filterPanel.root, exportMenu(this.graph));

    this.layoutSelect = el(
      "select",
      { id: "layout-select" },
      el("option", { value: "fcose" }, "Force-directed (fcose)"),
      el("option", { value: "concentric" }, "Concentric"),
      el("option", { value: "breadthfirst" }, "Breadth-first"),
    );
    this.layoutSelect.addEventListener("change", () => {
      void this.graph.runLayout(this.layoutSelect.value as LayoutName).then(() => this.saveState());
    });
    byId("graph-toolbar").append(
      el("label", { for: "layout-select" }, "Layout "),
      this.layoutSelect,
      el("button", { type: "button", onclick: () => void this.graph.runLayout(this.layoutSelect.value as LayoutName) }, "Re-run layout"),
      el("button", { type: "button", onclick: () => this.graph.fit(), "aria-label": "Fit graph to screen" }, "Fit"),
      el("button", { type: "button", onclick: () => this.graph.zoomBy(1.25), "aria-label": "Zoom in" }, "+"),
      el("button", { type: "button", onclick: () => this.graph.zoomBy(0.8), "aria-label": "Zoom out" }, "−"),
      el("button", { type: "button", onclick: () => this.clearGraph() }, "Clear"),
      el("button", { type: "button", id: "copy-link", onclick: () => void this.copyLink() }, "Copy link"),
    );

    this.commitments = new CommitmentsView(byId("commitments-view"), (c) => this.openCommitmentSource(c));
    this.findings = new FindingsView(byId("findings-view"), (f) => void this.openFinding(f).catch(reportError));
    for (const tab of document.querySelectorAll<HTMLButtonElement>(".tab")) {
      tab.addEventListener("click", () => this.setView(tab.dataset.view as ViewName));
    }
    (window as unknown as { kamergraaf: Explorer }).kamergraaf = this;
  }

  // ---------- graph actions ----------

  async openEntity(key: string): Promise<void> {
    this.setView("graph");
    if (this.graph.cy.getElementById(key).empty() || !this.graph.isExpanded(key)) await this.graph.expand(key);
    const node = this.graph.cy.getElementById(key);
    if (node.empty()) {
      // A neighbourhood answer may leave out the centre; add it from the entity itself.
      const { entity, counts } = await api.entity(key);
      this.graph.addElements({ nodes: [{ data: { id: entity.key, label: entity.name, type: entity.type, kind: entity.kind, aliases: entity.aliases, docCount: counts.documents } }], edges: [] });
    }
    this.selectNode(this.graph.cy.getElementById(key).data() as NodeData);
    // Busy until the viewport settles, so nothing (a user's click, a test) aims at a moving canvas.
    await this.graph.busy(() => this.graph.cy.animation({ center: { eles: this.graph.cy.getElementById(key) }, duration: 200 }).play().promise());
  }

  private selectNode(data: NodeData): void {
    this.selected = data.id;
    this.graph.focus(data.id);
    if (data.type === "Document") {
      void this.docs.open(data.id.replace(/^doc:/, "")).catch(reportError);
      void this.panel.showEntity(data);
    } else void this.panel.showEntity(data);
    this.saveState();
  }

  private selectEdge(data: EdgeData): void {
    this.selected = data.id;
    this.graph.focus(data.id);
    void this.panel.showEdge(data);
    this.saveState();
  }

  private openContextMenu(data: NodeData, x: number, y: number): void {
    const key = data.id;
    this.menu.open(x, y, data.label, [
      { label: "Expand neighbours", run: () => void this.graph.expand(key).catch(reportError) },
      { label: "Collapse", run: () => this.graph.collapse(key) },
      { label: this.graph.isPinned(key) ? "Unpin" : "Pin position", run: () => this.graph.togglePin(key) },
      { label: "Remove from view", run: () => this.graph.remove(key) },
      { label: "Show details", run: () => this.selectNode(data) },
    ]);
  }

  private clearGraph(): void {
    this.graph.reset();
    this.selected = null;
    this.panel.showHelp();
    this.saveState();
  }

  private afterGraphChange(): void {
    this.filterPanel.setDateBounds(this.graph.cy.edges().map((e) => [e.data("firstDate") as string, e.data("lastDate") as string]).flat().filter(Boolean));
    this.saveState();
  }

  /**
   * Shows a finding's subgraph. When the finding names no relations, the
   * subgraph is the one its entities induce (every shown relation between them),
   * and the evidence is fetched per relation so each edge leads to its sentences.
   */
  private async openFinding(finding: Finding): Promise<void> {
    this.setView("graph");
    this.graph.reset();
    this.selected = null;
    await this.graph.busy(async () => {
      const elements: Elements = { nodes: [...finding.elements.nodes], edges: [...finding.elements.edges] };
      if (!elements.edges.length && finding.entities.length > 1) {
        const members = new Set(finding.entities);
        for (const key of finding.entities) {
          const around = await api.neighbourhood(key, { depth: 1, limit: EXPAND_LIMIT });
          elements.edges.push(...around.elements.edges.filter((e) => members.has(e.data.source) && members.has(e.data.target)));
        }
      }
      const added = this.graph.addElements(elements);
      if (!added) return;
      await this.graph.runLayout(this.graph.layoutName);
      const relations = finding.relations.length ? finding.relations : this.graph.cy.edges().map((e) => e.id());
      this.graph.highlightPath(finding.entities, relations);
      let evidence = finding.evidence.map((e) => ({ ...e, start: Number.NaN, end: Number.NaN }) as EvidenceItem);
      if (!evidence.length) {
        const results = await Promise.all(relations.slice(0, 12).map((key) => api.evidence(key).catch(() => null)));
        evidence = results.flatMap((r) => r?.evidence ?? []);
      }
      this.panel.showFinding(finding, evidence);
    });
    this.afterGraphChange();
  }

  private openCommitmentSource(c: Commitment): void {
    void this.docs.open(c.docKey, { start: c.start, end: c.end }, c.quote).catch(reportError);
  }

  // ---------- views and URL state ----------

  setView(view: ViewName): void {
    this.view = view;
    for (const tab of document.querySelectorAll<HTMLButtonElement>(".tab")) tab.setAttribute("aria-pressed", String(tab.dataset.view === view));
    byId("graph-view").hidden = view !== "graph";
    byId("commitments-view").hidden = view !== "commitments";
    byId("findings-view").hidden = view !== "findings";
    if (view === "graph") this.graph.cy.resize();
    if (view === "commitments") void this.commitments.load();
    if (view === "findings") void this.findings.load();
    this.saveState();
  }

  state(): ViewState {
    return {
      view: this.view,
      shown: this.graph.shownKeys(),
      expanded: this.graph.expandedKeys(),
      selected: this.selected,
      filters: this.filters,
      layout: this.graph.layoutName,
      pathFrom: this.paths.from,
      pathTo: this.paths.to,
      doc: this.docs.current?.key ?? null,
      docFocus: this.docs.current?.focus ?? null,
    };
  }

  private saveState(): void {
    if (this.restoring) return;
    const hash = encodeState(this.state());
    history.replaceState(null, "", hash ? `#${hash}` : location.pathname + location.search);
  }

  private async copyLink(): Promise<void> {
    this.saveState();
    try {
      await navigator.clipboard.writeText(location.href);
      showMessage("Link to this view copied.");
    } catch {
      showMessage(`Copy this link: ${location.href}`);
    }
  }

  /** Rebuilds the view from the URL: expanded entities first, then any other shown entity, then paths, filters and selection. */
  async restore(): Promise<void> {
    const state = this.initial;
    this.restoring = true;
    document.body.dataset.restored = "false";
    try {
      this.graph.layoutName = state.layout;
      this.layoutSelect.value = state.layout;
      this.filterPanel.set(state.filters);
      this.graph.applyFilters(state.filters);
      await this.graph.busy(async () => {
        const collected: Elements = { nodes: [], edges: [] };
        const keep = new Set(state.shown);
        const covered = new Set<string>();
        const fetchAround = async (key: string) => {
          const result = await api.neighbourhood(key, { depth: 1, limit: EXPAND_LIMIT });
          for (const n of result.elements.nodes) covered.add(n.data.id);
          collected.nodes.push(...result.elements.nodes);
          collected.edges.push(...result.elements.edges);
        };
        for (const key of state.expanded) await fetchAround(key);
        if (state.pathFrom && state.pathTo) {
          const result = await api.paths(state.pathFrom, state.pathTo, 4, 3);
          for (const n of result.elements.nodes) covered.add(n.data.id);
          collected.nodes.push(...result.elements.nodes);
          collected.edges.push(...result.elements.edges);
        }
        for (const key of state.shown) if (!covered.has(key)) await fetchAround(key);
        if (keep.size) collected.nodes = collected.nodes.filter((n) => keep.has(n.data.id));
        this.graph.addElements(collected);
        this.graph.markExpanded(state.expanded);
        await this.graph.runLayout(state.layout);
      });
      if (state.pathFrom) this.paths.setEnd("from", state.pathFrom, this.label(state.pathFrom));
      if (state.pathTo) this.paths.setEnd("to", state.pathTo, this.label(state.pathTo));
      if (state.pathFrom && state.pathTo) await this.paths.find();
      this.afterGraphChange();
      if (state.selected) {
        const target = this.graph.cy.getElementById(state.selected);
        if (target.nonempty()) {
          if (target.isNode()) this.selectNode(target.data() as NodeData);
          else this.selectEdge((target as cytoscape.EdgeSingular).data() as EdgeData);
        }
      }
    } finally {
      this.restoring = false;
      this.setView(state.view);
      if (state.doc) await this.docs.open(state.doc, state.docFocus ?? undefined).catch(reportError);
      document.body.dataset.restored = "true";
    }
  }

  private label(key: string): string {
    return (this.graph.cy.getElementById(key).data("label") as string | undefined) ?? key;
  }
}

function reportError(error: unknown): void {
  showMessage((error as Error).message ?? String(error), "error");
}

const explorer = new Explorer();
explorer.restore().catch(reportError);
