/** Pick two entities and show the shortest paths between them, highlighted in the graph. */
import { api } from "./api-client.ts";
import { clear, el, showMessage } from "./dom.ts";
import { relationLabel } from "./graph-schema.ts";
import type { GraphView } from "./graph-view.ts";
import { searchBox } from "./search-box.ts";

export class PathFinder {
  readonly root: HTMLElement;
  from: string | null = null;
  to: string | null = null;
  private readonly fromBox;
  private readonly toBox;
  private readonly result = el("div", { class: "path-result", "aria-live": "polite" });

  constructor(private readonly graph: GraphView, private readonly onChange: () => void) {
    this.fromBox = searchBox({ label: "Path from", placeholder: "From entity…", onPick: (r) => (this.from = r.key) });
    this.toBox = searchBox({ label: "Path to", placeholder: "To entity…", onPick: (r) => (this.to = r.key) });
    this.root = el(
      "section",
      { class: "path-finder", "aria-labelledby": "paths-title" },
      el("h2", { id: "paths-title" }, "Shortest paths"),
      el("div", { class: "path-from" }, this.fromBox.root),
      el("div", { class: "path-to" }, this.toBox.root),
      el("button", { type: "button", id: "find-paths", onclick: () => void this.find() }, "Find paths"),
      this.result,
    );
  }

  setEnd(end: "from" | "to", key: string, name: string): void {
    if (end === "from") {
      this.from = key;
      this.fromBox.setValue(name);
    } else {
      this.to = key;
      this.toBox.setValue(name);
    }
  }

  async find(): Promise<void> {
    if (!this.from || !this.to) {
      showMessage("Pick both ends of the path first.", "warning");
      return;
    }
    const from = this.from;
    const to = this.to;
    clear(this.result);
    await this.graph.busy(async () => {
      let response;
      try {
        response = await api.paths(from, to, 4, 3);
      } catch (error) {
        showMessage(`Path search failed: ${(error as Error).message}`, "error");
        return;
      }
      if (!response.paths.length) {
        this.result.append(el("p", {}, "No path of up to 4 steps."));
        this.onChange();
        return;
      }
      const added = this.graph.addElements(response.elements);
      if (!added) return;
      await this.graph.runLayout(this.graph.layoutName, added.nonempty() && this.graph.cy.nodes().length > added.length ? added : undefined);
      const nodes = response.paths.flatMap((p) => p.nodes);
      const edges = response.paths.flatMap((p) => p.edges);
      this.graph.highlightPath(nodes, edges);
      const label = (id: string) => (this.graph.cy.getElementById(id).data("label") as string | undefined) ?? id;
      // Spell out each step with its relation, so parallel paths (funded vs commissioned) read differently.
      const describe = (p: { nodes: string[]; edges: string[] }) =>
        p.nodes.map((node, i) => {
          const edge = p.edges[i] ? this.graph.cy.getElementById(p.edges[i]!) : null;
          if (!edge || edge.empty()) return label(node);
          const forward = edge.data("source") === node;
          return `${label(node)} ${forward ? "—" : "←"}${relationLabel(edge.data("type") as string)}${forward ? "→" : "—"}`;
        }).join(" ");
      this.result.append(
        el("p", {}, `${response.paths.length} shortest path${response.paths.length === 1 ? "" : "s"}:`),
        el("ol", { class: "paths" }, ...response.paths.map((p) => el("li", { lang: "nl" }, describe(p)))),
      );
      this.graph.fit();
      this.onChange();
    });
  }
}
