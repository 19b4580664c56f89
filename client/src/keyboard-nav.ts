/**
 * Keyboard access to the canvas (nodes have no DOM elements of their own):
 * with #cy focused, arrow keys move the selection to the nearest node in that
 * direction, Enter expands, Delete removes, Escape clears; each move is
 * announced in a live region.
 */
import type cytoscape from "cytoscape";

export interface KeyboardActions {
  select(id: string): void;
  expand(id: string): void;
  remove(id: string): void;
  clear(): void;
}

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

/** The nearest node within 60° of the direction; else the next one in reading order, so every node can be reached. */
export function nextNode(nodes: cytoscape.NodeCollection, from: cytoscape.NodeSingular | null, key: string): cytoscape.NodeSingular | null {
  if (nodes.empty()) return null;
  const ordered = nodes.toArray().sort((a, b) => a.position("y") - b.position("y") || a.position("x") - b.position("x")) as cytoscape.NodeSingular[];
  if (!from || from.removed()) return ordered[0] ?? null;
  const dir = DIRECTIONS[key]!;
  const p = from.position();
  let best: cytoscape.NodeSingular | null = null;
  let bestScore = Infinity;
  nodes.forEach((n) => {
    if (n.same(from)) return;
    const dx = n.position("x") - p.x;
    const dy = n.position("y") - p.y;
    const dist = Math.hypot(dx, dy);
    const along = (dx * dir.x + dy * dir.y) / (dist || 1);
    if (along < 0.5) return;
    const score = dist / along;
    if (score < bestScore) {
      bestScore = score;
      best = n;
    }
  });
  if (best) return best;
  const i = ordered.findIndex((n) => n.same(from));
  const step = dir.x + dir.y > 0 ? 1 : -1;
  return ordered[(i + step + ordered.length) % ordered.length] ?? null;
}

export function bindKeyboard(container: HTMLElement, cy: cytoscape.Core, announce: HTMLElement, actions: KeyboardActions): void {
  container.addEventListener("keydown", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const visible = cy.nodes().not(".filtered");
    const current = cy.nodes(":selected").not(".filtered").first();
    const selected = current.nonempty() ? (current as cytoscape.NodeSingular) : null;
    if (ev.key in DIRECTIONS) {
      ev.preventDefault();
      const next = nextNode(visible, selected, ev.key);
      if (!next) {
        announce.textContent = "The graph is empty: search for an entity first.";
        return;
      }
      actions.select(next.id());
      if (!isOnScreen(cy, next)) cy.center(next);
      announce.textContent = `${next.data("label")} (${next.data("type")}), ${next.connectedEdges().not(".filtered").length} relations in view`;
    } else if (ev.key === "Enter" && selected) {
      ev.preventDefault();
      actions.expand(selected.id());
    } else if ((ev.key === "Delete" || ev.key === "Backspace") && selected) {
      ev.preventDefault();
      announce.textContent = `${selected.data("label")} removed`;
      actions.remove(selected.id());
    } else if (ev.key === "Escape") {
      actions.clear();
    }
  });
}

function isOnScreen(cy: cytoscape.Core, node: cytoscape.NodeSingular): boolean {
  const p = node.renderedPosition();
  return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
}
