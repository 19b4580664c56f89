/**
 * A deterministic synthetic view for the explorer bench: a third nodes, two
 * thirds edges, half the edges on a few hubs (as ministries are in the real
 * graph), nodes laid out in clusters so the bench measures drawing, not layout.
 */
import type cytoscape from "cytoscape";
import { entityTypeNames, relationTypeNames } from "../../../client/src/graph-schema.ts";

/** Deterministic pseudo-random numbers so every run draws the same graph. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

export function syntheticView(total: number): cytoscape.ElementDefinition[] {
  const rand = random(42);
  const nodeCount = Math.round(total / 3);
  const edgeCount = total - nodeCount;
  const clusters = Math.max(1, Math.round(Math.sqrt(nodeCount / 20)));
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    // Cluster centres on a grid, members scattered around them: spacing like a finished fcose layout.
    const cluster = i % (clusters * clusters);
    const cx = (cluster % clusters) * 900;
    const cy = Math.floor(cluster / clusters) * 900;
    const angle = rand() * 2 * Math.PI;
    const radius = 380 * Math.sqrt(rand());
    return {
      group: "nodes" as const,
      data: { id: `n${i}`, label: `Entiteit ${i}`, type: entityTypeNames[i % entityTypeNames.length] },
      position: { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) },
    };
  });
  const edges = Array.from({ length: edgeCount }, (_, i) => {
    const source = rand() < 0.5 ? Math.floor(rand() * Math.min(20, nodeCount)) : Math.floor(rand() * nodeCount);
    let target = Math.floor(rand() * nodeCount);
    if (target === source) target = (target + 1) % nodeCount;
    const type = relationTypeNames[i % relationTypeNames.length]!;
    return { group: "edges" as const, data: { id: `e${i}`, source: `n${source}`, target: `n${target}`, type, relLabel: type.toLowerCase(), evidenceCount: 1 + (i % 5) } };
  });
  return [...nodes, ...edges];
}
