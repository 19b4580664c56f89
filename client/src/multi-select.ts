/**
 * Multi-select: Shift-click and Shift-drag (a box) select several nodes
 * (Cytoscape's own selection); a bar over the canvas then offers bulk expand,
 * remove, pin and unpin, each one undo step.
 */
import type cytoscape from "cytoscape";
import { el } from "./dom.ts";
import { countOf } from "./text-format.ts";

export interface BulkActions {
  expand(keys: string[]): void;
  remove(keys: string[]): void;
  pin(keys: string[], pinned: boolean): void;
}

export class MultiSelect {
  readonly bar = el("div", { class: "selection-bar", id: "selection-bar", role: "toolbar", "aria-label": "Selected nodes", hidden: true });
  private scheduled = false;

  constructor(private readonly cy: cytoscape.Core, container: HTMLElement, private readonly actions: BulkActions) {
    container.appendChild(this.bar);
    // Box selection fires one event per node: render once per burst.
    cy.on("select unselect remove", () => {
      if (this.scheduled) return;
      this.scheduled = true;
      queueMicrotask(() => {
        this.scheduled = false;
        this.render();
      });
    });
  }

  selectedKeys(): string[] {
    return this.cy.nodes(":selected").map((n) => n.id());
  }

  private render(): void {
    const keys = this.selectedKeys();
    this.bar.hidden = keys.length < 2;
    if (keys.length < 2) return;
    const run = (action: (keys: string[]) => void) => () => action(this.selectedKeys());
    this.bar.replaceChildren(
      el("span", { class: "selection-count" }, `${countOf(keys.length, "node")} selected`),
      el("button", { type: "button", onclick: run((k) => this.actions.expand(k)) }, "Expand all"),
      el("button", { type: "button", onclick: run((k) => this.actions.remove(k)) }, "Remove"),
      el("button", { type: "button", onclick: run((k) => this.actions.pin(k, true)) }, "Pin"),
      el("button", { type: "button", onclick: run((k) => this.actions.pin(k, false)) }, "Unpin"),
      el("button", { type: "button", onclick: () => this.cy.elements(":selected").unselect() }, "Deselect"),
    );
  }
}
