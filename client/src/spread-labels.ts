/** Applies label-overlap.ts to the graph: boxes from Cytoscape, new positions back, pinned nodes never moved. */
import type cytoscape from "cytoscape";
import { separate, type Box } from "./label-overlap.ts";

/** Past this many nodes the pass is skipped: the view is drawn without labels at overview zoom anyway. */
const MAX_NODES = 3000;

export function spreadLabels(cy: cytoscape.Core, movable?: cytoscape.NodeCollection): void {
  const nodes = cy.nodes().not(".filtered") as cytoscape.NodeCollection;
  if (nodes.length < 2 || nodes.length > MAX_NODES) return;
  const canMove = new Set((movable ?? nodes).map((n) => n.id()));
  const boxes: Box[] = nodes.map((n: cytoscape.NodeSingular) => {
    const p = n.position();
    const b = n.boundingBox({ includeLabels: true, includeOverlays: false } as cytoscape.BoundingBoxOptions);
    return { id: n.id(), x: p.x, y: p.y, left: b.x1 - p.x, right: b.x2 - p.x, top: b.y1 - p.y, bottom: b.y2 - p.y, movable: canMove.has(n.id()) && !n.locked() };
  });
  const moved = separate(boxes);
  if (!moved.size) return;
  cy.batch(() => {
    for (const [id, at] of moved) cy.getElementById(id).position(at);
  });
}
