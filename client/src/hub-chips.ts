/**
 * Supernode aggregation: expanding a hub (more than HUB_ABOVE neighbours) shows
 * a card of chips, "BZK: 157 neighbours by type", next to the node instead of
 * drawing all neighbours. A chip adds one page of its type; "all" expands as usual.
 */
import { api, type NeighbourTypes } from "./api-client.ts";
import { el } from "./dom.ts";
import { nodeStyleRows } from "./graph-schema.ts";
import type cytoscape from "cytoscape";
import type { Elements } from "./api-client.ts";
import type { LayoutName } from "./url-state.ts";

/** What the chips need of the graph view (an interface, so graph-view.ts and this module do not import each other). */
export interface HubGraph {
  readonly cy: cytoscape.Core;
  layoutName: LayoutName;
  addElements(elements: Elements, around?: string): cytoscape.NodeCollection | null;
  busy<T>(work: () => Promise<T>): Promise<T>;
  expand(key: string, options?: { all?: boolean }): Promise<void>;
  runLayout(name: LayoutName, newNodes?: cytoscape.NodeCollection, anchor?: string): Promise<void>;
}

/** A node with more neighbours than this is a hub: its expansion starts with chips. */
export const HUB_ABOVE = 40;
/** Neighbours one chip click adds. */
export const TYPE_PAGE = 50;

interface Card { root: HTMLElement; counts: NeighbourTypes; next: Map<string, number | null> }

const colourOf = new Map(nodeStyleRows().map((row) => [row.type, row.color]));

/** Chip text: how many of the type are still to show. */
export function chipLabel(type: string, total: number, next: number | null | undefined): string {
  if (next === null) return `${type} ${total} ✓`;
  if (next === undefined || next === 0) return `${type} ${total}`;
  return `${type} ${total - next} more`;
}

export class HubChips {
  private readonly cards = new Map<string, Card>();

  constructor(
    private readonly graph: HubGraph,
    /** Positioned element over the canvas; not the Cytoscape container, whose children a renderer remount removes. */
    private readonly layer: HTMLElement,
    private readonly onChange: () => void,
  ) {
    const cy = graph.cy;
    cy.on("viewport resize", () => this.placeAll());
    cy.on("position", "node", (ev) => this.place(ev.target.id()));
    cy.on("remove", "node", (ev) => this.close(ev.target.id()));
  }

  /**
   * Called before an expansion: when `key` is a hub, shows (or refreshes) its
   * chips, adds the hub node if the view lacks it, and answers true (the
   * caller does not expand). One cheap count request otherwise.
   */
  async intercept(key: string): Promise<boolean> {
    const counts = await api.neighbourTypes(key);
    if (counts.total <= HUB_ABOVE) return false;
    if (this.graph.cy.getElementById(key).empty()) this.graph.addElements({ nodes: [counts.hub], edges: [] });
    this.show(key, counts);
    return true;
  }

  show(key: string, counts: NeighbourTypes): void {
    const previous = this.cards.get(key);
    const card: Card = { root: el("div", { class: "hub-chips", role: "group", "data-hub": key }), counts, next: previous?.next ?? new Map() };
    previous?.root.remove();
    this.cards.set(key, card);
    this.render(key, card);
    this.layer.appendChild(card.root);
    this.place(key);
  }

  hubs(): string[] {
    return [...this.cards.keys()];
  }

  close(key: string): void {
    this.cards.get(key)?.root.remove();
    this.cards.delete(key);
  }

  /** Adds the next page of `type` around the hub and lays out only the new nodes. */
  async expandType(key: string, type: string): Promise<void> {
    const card = this.cards.get(key);
    if (!card) return;
    const offset = card.next.get(type);
    if (offset === null) return;
    await this.graph.busy(async () => {
      const page = await api.neighboursOfType(key, type, offset ?? 0, TYPE_PAGE);
      const added = this.graph.addElements(page.elements, key);
      if (!added) return;
      card.next.set(type, page.nextOffset);
      this.render(key, card);
      await this.graph.runLayout(this.graph.layoutName, added, key);
      this.onChange();
    });
  }

  private render(key: string, card: Card): void {
    const label = (this.graph.cy.getElementById(key).data("label") as string | undefined) ?? card.counts.hub.data.label;
    const title = `${label}: ${card.counts.total} neighbours by type`;
    card.root.setAttribute("aria-label", title);
    card.root.replaceChildren(
      el("div", { class: "hub-chips-title", lang: "nl" }, title),
      ...card.counts.types.map(({ type, count }) => {
        const next = card.next.get(type);
        const chip = el("button", { type: "button", class: "type-chip", "data-type": type, disabled: next === null, onclick: () => void this.expandType(key, type) }, chipLabel(type, count, next));
        chip.style.setProperty("--chip-colour", colourOf.get(type) ?? "#525252");
        return chip;
      }),
      el("button", { type: "button", class: "hub-all", onclick: () => { this.close(key); void this.graph.expand(key, { all: true }); } }, `All ${card.counts.total}`),
      el("button", { type: "button", class: "hub-close", "aria-label": `Close the chips of ${label}`, onclick: () => this.close(key) }, "×"),
    );
  }

  private placeAll(): void {
    for (const key of this.cards.keys()) this.place(key);
  }

  /** Pins the card just right of the hub node, in the canvas's rendered coordinates. */
  private place(key: string): void {
    const card = this.cards.get(key);
    const node = this.graph.cy.getElementById(key);
    if (!card || node.empty()) return;
    const pos = node.renderedPosition();
    const offset = node.renderedOuterWidth() / 2 + 8;
    card.root.style.left = `${Math.round(pos.x + offset)}px`;
    card.root.style.top = `${Math.round(pos.y - 14)}px`;
  }
}
