/** Right-hand panel: entity details with actions, and the evidence behind an edge. */
import { api, type EdgeData, type EvidenceItem, type Finding, type NodeData } from "./api-client.ts";
import { append, clear, el } from "./dom.ts";
import { relationLabel } from "./graph-schema.ts";
import type { GraphView } from "./graph-view.ts";
import { clipQuote, countOf } from "./text-format.ts";

/** One evidence sentence as the panel lists it; `relation` names the fact when a list mixes several. */
export type PanelEvidence = Pick<EvidenceItem, "quote" | "docKey" | "docTitle" | "docDate" | "questionNumber" | "section" | "start" | "end"> & { relation?: string };

export interface PanelActions {
  expand(key: string): void;
  collapse(key: string): void;
  remove(key: string): void;
  togglePin(key: string): void;
  setPathEnd(end: "from" | "to", key: string, name: string): void;
  selectEdge(id: string): void;
  openDocument(docKey: string, focus?: { start: number; end: number }, quote?: string): void;
}

export class SidePanel {
  /** The entity whose details are shown, and its "Relations in view" list (kept in step with the graph). */
  private shown: { key: string; list: HTMLElement } | null = null;

  constructor(private readonly root: HTMLElement, private readonly graph: GraphView, private readonly actions: PanelActions) {
    this.showHelp();
  }

  showHelp(): void {
    this.shown = null;
    clear(this.root);
    append(this.root, 
      el("h2", {}, "Details"),
      el("p", {}, "Search for an entity to start. Click a node for its details, an edge for the sentences that state it. Double-click or right-click a node to expand it. Shift-click or Shift-drag to select several nodes. Ctrl+Z undoes a change, Ctrl+Shift+Z redoes it."),
    );
  }

  showError(message: string): void {
    this.shown = null;
    clear(this.root);
    append(this.root, el("h2", {}, "Error"), el("p", { class: "error" }, message));
  }

  async showEntity(node: NodeData): Promise<void> {
    const key = node.id;
    this.shown = null;
    clear(this.root);
    append(this.root, el("h2", { lang: "nl" }, node.label), el("p", { class: "loading" }, "Loading…"));
    if (node.type === "Document") return;
    let details;
    try {
      details = await api.entity(key);
    } catch (error) {
      this.showError((error as Error).message);
      return;
    }
    const { entity, counts, relationCounts, documents, merges } = details;
    clear(this.root);
    const pinned = this.graph.isPinned(key);
    const actions = el(
      "div",
      { class: "actions" },
      el("button", { type: "button", onclick: () => this.actions.expand(key) }, "Expand"),
      el("button", { type: "button", onclick: () => this.actions.collapse(key) }, "Collapse"),
      el("button", { type: "button", onclick: () => this.actions.remove(key) }, "Remove"),
      el("button", { type: "button", "aria-pressed": String(pinned), onclick: () => this.actions.togglePin(key) }, pinned ? "Unpin" : "Pin"),
      el("button", { type: "button", onclick: () => this.actions.setPathEnd("from", key, entity.name) }, "Path from here"),
      el("button", { type: "button", onclick: () => this.actions.setPathEnd("to", key, entity.name) }, "Path to here"),
    );
    const relationsInView = el("div", { class: "relations-in-view" });
    this.shown = { key, list: relationsInView };
    this.refreshRelations();
    append(this.root, 
      el("h2", { lang: "nl" }, entity.name),
      el("p", {}, el("span", { class: `type-badge type-${entity.type}` }, entity.type), entity.kind ? ` ${entity.kind}` : "", entity.subtype && entity.subtype !== entity.kind ? ` · ${entity.subtype}` : ""),
      entity.aliases?.length ? el("p", { lang: "nl" }, "Also known as: ", entity.aliases.join(", ")) : null,
      el("p", { class: "entity-counts" }, [countOf(counts.documents, "document"), countOf(counts.mentions, "mention"), countOf(counts.relations, "relation")].join(" · ")),
      actions,
      el("h3", {}, "Relations in view"),
      relationsInView,
      Object.keys(relationCounts).length
        ? el("p", { class: "muted" }, "All relations: ", Object.entries(relationCounts).map(([t, n]) => `${relationLabel(t)} ${n}`).join(", "))
        : null,
      el("h3", {}, "Documents"),
      el(
        "ul",
        { class: "doc-list" },
        ...documents.map((d) =>
          el(
            "li",
            {},
            el("button", { type: "button", class: "link", lang: "nl", onclick: () => this.actions.openDocument(d.key) }, d.title || d.key),
            el("span", { class: "muted" }, ` ${d.date ?? ""}${d.mentions ? ` · ${d.mentions}×` : ""}`),
          ),
        ),
      ),
      merges?.length
        ? el(
            "details",
            {},
            el("summary", {}, `Merged surface forms (${merges.length})`),
            el("ul", {}, ...merges.map((m) => el("li", { lang: "nl" }, `“${m.surface}” — ${m.rule}${m.reason ? `: ${m.reason}` : ""}`))),
          )
        : null,
    );
  }

  /** Rebuilds "Relations in view" from the edges now in the graph (after an expand, collapse, undo …). */
  refreshRelations(): void {
    if (!this.shown) return;
    const { key, list } = this.shown;
    const cyNode = this.graph.cy.getElementById(key);
    const edgeList = el("ul", { class: "relation-list" });
    cyNode.connectedEdges().forEach((edge) => {
      const data = edge.data() as EdgeData;
      const outgoing = data.source === key;
      const other = this.graph.cy.getElementById(outgoing ? data.target : data.source).data("label") as string;
      edgeList.appendChild(
        el(
          "li",
          {},
          el(
            "button",
            { type: "button", class: "link", "data-edge": data.id, onclick: () => this.actions.selectEdge(data.id) },
            outgoing ? `${relationLabel(data.type)} → ` : `← ${relationLabel(data.type)} `,
            el("span", { lang: "nl" }, other),
            ` (${data.evidenceCount ?? 0})`,
          ),
        ),
      );
    });
    list.replaceChildren(edgeList.childElementCount ? edgeList : el("p", {}, "None shown yet — expand the node."));
  }

  async showEdge(edge: EdgeData): Promise<void> {
    clear(this.root);
    append(this.root, el("h2", {}, "Evidence"), el("p", { class: "loading" }, "Loading…"));
    let result;
    try {
      result = await api.evidence(edge.id);
    } catch (error) {
      this.showError((error as Error).message);
      return;
    }
    clear(this.root);
    const { relation, evidence } = result;
    append(this.root, 
      el("h2", {}, "Evidence"),
      el(
        "p",
        { class: "relation-title" },
        el("strong", { lang: "nl" }, relation.source.name),
        ` ${relationLabel(relation.type)} `,
        el("strong", { lang: "nl" }, relation.target.name),
      ),
      el("p", { class: "muted" }, `${evidence.length} source sentence${evidence.length === 1 ? "" : "s"}`),
      this.evidenceList(evidence),
    );
  }

  evidenceList(evidence: PanelEvidence[]): HTMLElement {
    return el(
      "ol",
      { class: "evidence-list" },
      ...evidence.map((item) =>
        el(
          "li",
          { class: "evidence" },
          item.relation ? el("p", { class: "evidence-relation", lang: "nl" }, item.relation) : null,
          ...quoteBlock(item.quote),
          el(
            "p",
            { class: "evidence-meta" },
            el("span", { lang: "nl", class: "doc-title" }, item.docTitle),
            item.docDate ? ` · ${item.docDate}` : "",
            item.questionNumber !== null && item.questionNumber !== undefined ? ` · vraag ${item.questionNumber}` : "",
            item.section ? ` · ${item.section}` : "",
          ),
          el(
            "button",
            {
              type: "button",
              class: "open-doc",
              onclick: () => this.actions.openDocument(item.docKey, Number.isFinite(item.start) ? { start: item.start, end: item.end } : undefined, item.quote),
            },
            "Show in document",
          ),
        ),
      ),
    );
  }

  /** A finding's sentences, each once per relation and labelled with the relation it states. */
  showFinding(finding: Finding, evidence: (EvidenceItem & { relKey?: string })[]): void {
    this.shown = null;
    clear(this.root);
    const seen = new Set<string>();
    const items: PanelEvidence[] = [];
    for (const item of evidence) {
      const id = `${item.relKey ?? ""}\n${item.docKey}\n${item.quote}`;
      if (seen.has(id)) continue;
      seen.add(id);
      items.push({ ...item, relation: item.relKey ? this.relationName(item.relKey) : undefined });
    }
    evidence = items as typeof evidence;
    append(this.root, 
      el("h2", {}, finding.title),
      el("p", { class: "muted" }, finding.pattern),
      el("p", {}, finding.summary),
      el("h3", {}, "Evidence"),
      evidence.length ? this.evidenceList(evidence) : el("p", {}, "No source sentences were returned for this finding."),
    );
  }

  /** "UBR funded NTF" for a relation key TYPE|source|target, with the names shown in the graph. */
  private relationName(relKey: string): string {
    const [type = "", source = "", target = ""] = relKey.split("|");
    const name = (key: string) => (this.graph.cy.getElementById(key).data("label") as string | undefined) ?? key;
    return `${name(source)} ${relationLabel(type)} ${name(target)}`;
  }
}

/** The quote as text; a very long one clipped, with a button that shows it whole. */
function quoteBlock(quote: string): HTMLElement[] {
  const clipped = clipQuote(quote);
  const block = el("blockquote", { lang: "nl" }, clipped ?? quote);
  if (!clipped) return [block];
  const button = el("button", { type: "button", class: "link show-whole", "aria-expanded": "false" }, `Show whole sentence (${countOf(quote.length, "character")})`);
  button.addEventListener("click", () => {
    const whole = button.getAttribute("aria-expanded") !== "true";
    block.textContent = whole ? quote : clipped;
    button.setAttribute("aria-expanded", String(whole));
    button.textContent = whole ? "Show less" : `Show whole sentence (${countOf(quote.length, "character")})`;
  });
  return [block, button];
}
