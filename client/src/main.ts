/**
 * Explorer entry point: wires the graph, panels and views together and keeps
 * the view state in the URL hash so a link restores the same view. Every view
 * change is a browser-history step (view-history.ts), so Ctrl+Z / Ctrl+Shift+Z
 * and Back / Forward walk the same steps.
 */
import type cytoscape from "cytoscape";
import { api, type Commitment, type EdgeData, type EvidenceItem, type Finding, type NodeData } from "./api-client.ts";
import { CommitmentsView } from "./commitments-view.ts";
import { ContextMenu } from "./context-menu.ts";
import { DocumentViewer } from "./document-viewer.ts";
import { byId, el, showMessage } from "./dom.ts";
import { Drawers } from "./drawers.ts";
import { exportMenu } from "./export-menu.ts";
import { FilterPanel } from "./filter-panel.ts";
import type { Filters } from "./filters.ts";
import { EXPAND_LIMIT, GraphView } from "./graph-view.ts";
import { bindKeyboard } from "./keyboard-nav.ts";
import { watchBusy } from "./loading-indicator.ts";
import { MultiSelect } from "./multi-select.ts";
import { PathFinder } from "./path-finder.ts";
import { searchBox } from "./search-box.ts";
import { SidePanel } from "./side-panel.ts";
import { FindingsView } from "./findings-view.ts";
import { countOf } from "./text-format.ts";
import { decodeState, encodeState, type LayoutName, type ViewName, type ViewState } from "./url-state.ts";
import { fetchView } from "./view-api.ts";
import { ViewHistory } from "./view-history.ts";
import { elementsOf } from "./view-restore.ts";
import { applySnapshot, capture, ElementCache } from "./view-snapshot.ts";

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
  private readonly cache: ElementCache;
  private readonly steps = new ViewHistory();
  private readonly drawers = new Drawers();
  private readonly undoButton: HTMLButtonElement;
  private readonly redoButton: HTMLButtonElement;
  /** Resolves the busy wait of a Ctrl+Z / Ctrl+Shift+Z once the browser has moved to the entry. */
  private traversed: (() => void) | null = null;
  /** The hash the explorer last wrote or applied, to tell a hash typed into the address bar from our own. */
  private knownHash = "";

  constructor() {
    const cyContainer = byId("cy");
    this.graph = new GraphView(cyContainer, {
      // A tap on a narrow screen opens the details drawer; searching or restoring leaves the canvas in view.
      onSelectNode: (data) => {
        this.drawers.showDetails();
        this.selectNode(data);
      },
      onSelectEdge: (data) => {
        this.drawers.showDetails();
        this.selectEdge(data);
      },
      onClearSelection: () => {
        this.selected = null;
        this.panel.showHelp();
        this.saveState();
      },
      onContextMenu: (data, x, y) => this.openContextMenu(data, x, y),
      onChange: () => this.afterGraphChange(),
    });
    this.cache = new ElementCache(this.graph.cy);
    watchBusy(byId("loading-indicator"));
    bindKeyboard(cyContainer, this.graph.cy, byId("cy-announce"), {
      // Walking the nodes by keyboard must not pop up a document at every Document node.
      select: (id) => this.selectNode(this.graph.cy.getElementById(id).data() as NodeData, false),
      expand: (id) => void this.graph.expand(id).catch(reportError),
      remove: (id) => this.removeNode(id),
      clear: () => {
        this.selected = null;
        this.graph.clearFocus();
        this.graph.cy.elements(":selected").unselect();
        this.panel.showHelp();
        this.saveState();
      },
    });
    new MultiSelect(this.graph.cy, byId("graph-view"), {
      expand: (keys) => void this.expandMany(keys).catch(reportError),
      remove: (keys) => this.removeMany(keys),
      pin: (keys, pinned) => this.pinMany(keys, pinned),
    });
    this.menu = new ContextMenu(byId("graph-view"));
    this.panel = new SidePanel(byId("side-panel"), this.graph, {
      expand: (key) => void this.graph.expand(key).catch(reportError),
      collapse: (key) => this.graph.collapse(key),
      remove: (key) => this.removeNode(key),
      togglePin: (key) => {
        this.togglePin(key);
        this.selectNode(this.graph.cy.getElementById(key).data() as NodeData);
      },
      setPathEnd: (end, key, name) => {
        this.paths.setEnd(end, key, name);
        this.saveState();
      },
      selectEdge: (id) => this.selectEdge(this.graph.cy.getElementById(id).data() as EdgeData),
      openDocument: (docKey, focus, quote) => void this.docs.open(docKey, focus, quote).catch(reportError),
    });

    const search = searchBox({ id: "entity-search", label: "Search entities", placeholder: "Search names and aliases, e.g. UBR", onPick: (r) => void this.openEntity(r.key).catch(reportError) });
    byId("search-root").appendChild(search.root);

    this.filterPanel = new FilterPanel(this.filters, (filters) => {
      this.filters = filters;
      this.graph.applyFilters(filters);
      this.commit("filter");
    });
    this.paths = new PathFinder(this.graph, () => this.commit());
    byId("left-panel").append(this.paths.root, this.filterPanel.root, exportMenu(this.graph));

    this.layoutSelect = el(
      "select",
      { id: "layout-select" },
      el("option", { value: "fcose" }, "Force-directed (fcose)"),
      el("option", { value: "concentric" }, "Concentric"),
      el("option", { value: "breadthfirst" }, "Breadth-first"),
    );
    const layout = () => void this.graph.runLayout(this.layoutSelect.value as LayoutName).then(() => this.commit());
    this.layoutSelect.addEventListener("change", layout);
    this.undoButton = el("button", { type: "button", id: "undo", disabled: true, "aria-keyshortcuts": "Control+Z", title: "Undo (Ctrl+Z)", onclick: () => this.undo() }, "Undo");
    this.redoButton = el("button", { type: "button", id: "redo", disabled: true, "aria-keyshortcuts": "Control+Shift+Z", title: "Redo (Ctrl+Shift+Z)", onclick: () => this.redo() }, "Redo");
    byId("graph-toolbar").append(
      this.undoButton,
      this.redoButton,
      el("label", { for: "layout-select" }, "Layout "),
      this.layoutSelect,
      el("button", { type: "button", onclick: layout }, "Re-run layout"),
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
    document.addEventListener("keydown", (ev) => this.historyKeys(ev));
    window.addEventListener("popstate", (ev) => void this.arrive(ev.state).catch(reportError));
    // Chromium fires popstate for a typed hash too; hashchange covers browsers that do not.
    window.addEventListener("hashchange", () => {
      if (location.hash.replace(/^#/, "") !== this.knownHash) void this.arrive(history.state).catch(reportError);
    });
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

  private selectNode(data: NodeData, openDocument = true): void {
    this.selected = data.id;
    this.graph.focus(data.id);
    if (data.type === "Document" && openDocument) {
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
      { label: this.graph.isPinned(key) ? "Unpin" : "Pin position", run: () => this.togglePin(key) },
      { label: "Remove from view", run: () => this.removeNode(key) },
      { label: "Show details", run: () => this.selectNode(data) },
    ]);
  }

  /** No confirmation: Clear is one undo step like any other. */
  private clearGraph(): void {
    this.graph.reset();
    this.selected = null;
    this.panel.showHelp();
    this.commit();
  }

  /** Expands several nodes as one step: all neighbourhoods first, then one incremental layout. */
  async expandMany(keys: string[]): Promise<void> {
    await this.graph.busy(async () => {
      let added = this.graph.cy.collection();
      for (const key of keys) {
        const result = await api.neighbourhood(key, { depth: 1, limit: EXPAND_LIMIT });
        const nodes = this.graph.addElements(result.elements, key);
        if (!nodes) break; // over the element cap: the message says so
        added = added.union(nodes);
        this.graph.markExpanded([key]);
      }
      if (added.nonempty()) await this.graph.runLayout(this.graph.layoutName, added);
    });
    this.commit();
  }

  removeMany(keys: string[]): void {
    const gone = new Set(keys);
    this.graph.cy.remove(this.graph.cy.nodes().filter((n) => gone.has(n.id())));
    this.graph.setExpanded(this.graph.expandedKeys().filter((k) => !gone.has(k)));
    this.commit();
  }

  pinMany(keys: string[], pinned: boolean): void {
    for (const key of keys) if (this.graph.isPinned(key) !== pinned) this.graph.togglePin(key);
    this.commit();
  }

  private removeNode(key: string): void {
    this.graph.remove(key);
  }

  togglePin(key: string): void {
    this.graph.togglePin(key);
    this.commit();
  }

  private afterGraphChange(): void {
    this.commit();
  }

  /** After anything changed the graph: panels follow it, and the view becomes a history step. */
  private commit(coalesce?: string): void {
    this.followGraph();
    if (this.restoring) return;
    this.steps.record(capture(this.graph, this.filters), this.hash(), coalesce);
    this.knownHash = this.hash();
    this.syncUndoButtons();
  }

  private followGraph(): void {
    this.filterPanel.setDateBounds(this.graph.cy.edges().map((e) => [e.data("firstDate") as string, e.data("lastDate") as string]).flat().filter(Boolean));
    if (this.selected && this.graph.cy.getElementById(this.selected).empty()) {
      // The selected element left the view: so does the selection (and sel= in the URL).
      this.selected = null;
      this.panel.showHelp();
    }
    this.panel.refreshRelations();
  }

  private historyKeys(ev: KeyboardEvent): void {
    if (!(ev.ctrlKey || ev.metaKey) || ev.altKey) return;
    const target = ev.target as HTMLElement | null;
    // Text fields keep their own undo.
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const key = ev.key.toLowerCase();
    if (key === "z" && !ev.shiftKey) {
      ev.preventDefault();
      this.undo();
    } else if ((key === "z" && ev.shiftKey) || key === "y") {
      ev.preventDefault();
      this.redo();
    }
  }

  undo(): void {
    if (this.steps.canUndo()) this.traverse(() => history.back());
  }

  redo(): void {
    if (this.steps.canRedo()) this.traverse(() => history.forward());
  }

  /** Busy until the popstate of this step has been applied, so a click (or a test) never acts on the old view. */
  private traverse(go: () => void): void {
    void this.graph.busy(
      () =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 3000);
          this.traversed = () => {
            clearTimeout(timer);
            resolve();
          };
          go();
        }),
    );
  }

  /** The browser moved to another entry: one of ours (undo, redo, Back, Forward) or a hash it was given. */
  private async arrive(state: unknown): Promise<void> {
    try {
      const snap = this.steps.arrive(state);
      if (snap) {
        this.filters = snap.filters;
        this.filterPanel.set(snap.filters);
        this.layoutSelect.value = snap.layout;
        applySnapshot(this.graph, this.cache, snap);
        this.graph.applyFilters(snap.filters);
        this.followGraph();
        this.saveState();
      } else {
        const hash = location.hash.replace(/^#/, "");
        if (hash === this.knownHash) return;
        this.knownHash = hash;
        await this.applyUrlState(decodeState(hash));
        this.steps.adopt(capture(this.graph, this.filters), this.hash());
      }
      this.syncUndoButtons();
    } finally {
      this.traversed?.();
      this.traversed = null;
    }
  }

  private syncUndoButtons(): void {
    this.undoButton.disabled = !this.steps.canUndo();
    this.redoButton.disabled = !this.steps.canRedo();
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
      // A finding without relations shows the subgraph its entities induce (one request).
      const elements = !finding.elements.edges.length && finding.entities.length > 1 ? (await fetchView(finding.entities)).elements : finding.elements;
      const added = this.graph.addElements(elements);
      if (!added) return;
      await this.graph.runLayout(this.graph.layoutName);
      const relations = finding.relations.length ? finding.relations : this.graph.cy.edges().map((e) => e.id());
      this.graph.highlightPath(finding.entities, relations);
      let evidence = finding.evidence.map((e) => ({ ...e, start: Number.NaN, end: Number.NaN }) as EvidenceItem & { relKey?: string });
      if (!evidence.length) {
        const results = await Promise.all(relations.slice(0, 12).map((key) => api.evidence(key).catch(() => null)));
        evidence = results.flatMap((r) => (r ? r.evidence.map((e) => ({ ...e, relKey: r.relation.key })) : []));
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
      pinned: this.graph.cy.nodes(".pinned").map((n) => ({ id: n.id(), x: n.position("x"), y: n.position("y") })),
    };
  }

  private hash(): string {
    return encodeState(this.state());
  }

  /** Same step, current URL (selection, open document, tab are not undo steps). */
  private saveState(): void {
    if (this.restoring) return;
    this.knownHash = this.hash();
    this.steps.replaceUrl(this.knownHash);
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

  /** The page opened: its URL becomes the first history step. */
  async restore(): Promise<void> {
    document.body.dataset.restored = "false";
    try {
      this.knownHash = location.hash.replace(/^#/, "");
      await this.applyUrlState(this.initial);
    } finally {
      this.steps.reset(capture(this.graph, this.filters), this.hash());
      this.knownHash = this.hash();
      document.body.dataset.restored = "true";
    }
  }

  /**
   * Rebuilds the view a URL describes, in one request for its elements: nodes,
   * relations among them, pins where they were, then paths, filters, selection,
   * tab and open document. Ids the graph no longer holds are named, not fatal.
   */
  private async applyUrlState(state: ViewState): Promise<void> {
    this.restoring = true;
    try {
      this.graph.layoutName = state.layout;
      this.layoutSelect.value = state.layout;
      this.filters = state.filters;
      this.filterPanel.set(state.filters);
      this.graph.applyFilters(state.filters);
      this.selected = null;
      await this.graph.busy(async () => {
        const { elements, missing } = state.shown.length || state.expanded.length ? await elementsOf(state) : { elements: { nodes: [], edges: [] }, missing: [] };
        this.graph.reset();
        this.graph.addElements(elements);
        this.graph.markExpanded(state.expanded.filter((k) => this.graph.cy.getElementById(k).nonempty()));
        this.pinAt(state.pinned);
        await this.graph.runLayout(state.layout);
        this.pinAt(state.pinned);
        if (missing.length) showMessage(`${countOf(missing.length, "node")} of this link no longer in the graph: ${missing.join(", ")}.`, "warning");
      });
      if (state.pathFrom) this.paths.setEnd("from", state.pathFrom, this.label(state.pathFrom));
      if (state.pathTo) this.paths.setEnd("to", state.pathTo, this.label(state.pathTo));
      if (state.pathFrom && state.pathTo) await this.paths.find();
      this.followGraph();
      this.panel.showHelp();
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
    }
  }

  /** Pinned nodes at their saved places (a layout must not move them). */
  private pinAt(pins: ViewState["pinned"]): void {
    for (const pin of pins) {
      const node = this.graph.cy.getElementById(pin.id);
      if (node.empty()) continue;
      node.unlock();
      node.position({ x: pin.x, y: pin.y });
      node.addClass("pinned");
      node.lock();
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
