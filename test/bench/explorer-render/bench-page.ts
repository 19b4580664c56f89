/**
 * Bench page (built by render-bench.ts with Vite into .cache/bench-explorer, never
 * into the explorer's client/dist): renders a synthetic graph
 * with the explorer's own stylesheet and performance switches, and reports
 * time to first render and time to finish the layout.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { entityTypeNames, relationTypeNames } from "../../../client/src/graph-schema.ts";
import { graphStylesheet } from "../../../client/src/graph-style.ts";
import { HAYSTACK_THRESHOLD } from "../../../client/src/graph-view.ts";

cytoscape.use(fcose);

export interface BenchResult { elements: number; nodes: number; edges: number; firstRenderMs: number; layoutMs: number; layout: string }

/** Deterministic pseudo-random numbers so every run draws the same graph. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

function synthetic(total: number): cytoscape.ElementDefinition[] {
  const rand = random(42);
  const nodeCount = Math.round(total / 3);
  const edgeCount = total - nodeCount;
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({
    group: "nodes" as const,
    data: { id: `n${i}`, label: `Entiteit ${i}`, type: entityTypeNames[i % entityTypeNames.length] },
  }));
  const edges = Array.from({ length: edgeCount }, (_, i) => {
    // Half the edges attach to a few hubs, as ministries do in the real graph.
    const source = rand() < 0.5 ? Math.floor(rand() * Math.min(20, nodeCount)) : Math.floor(rand() * nodeCount);
    let target = Math.floor(rand() * nodeCount);
    if (target === source) target = (target + 1) % nodeCount;
    const type = relationTypeNames[i % relationTypeNames.length]!;
    return { group: "edges" as const, data: { id: `e${i}`, source: `n${source}`, target: `n${target}`, type, relLabel: type.toLowerCase(), evidenceCount: 1 + (i % 5) } };
  });
  return [...nodes, ...edges];
}

async function runBench(total: number): Promise<BenchResult> {
  const container = document.getElementById("cy")!;
  const elements = synthetic(total);
  const edges = elements.filter((e) => e.group === "edges");
  const t0 = performance.now();
  const cy = cytoscape({ container, style: graphStylesheet(), textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1, layout: { name: "grid" } });
  const firstRender = new Promise<number>((resolve) => cy.one("render", () => requestAnimationFrame(() => resolve(performance.now() - t0))));
  cy.batch(() => {
    cy.add(elements);
    if (edges.length > HAYSTACK_THRESHOLD) cy.edges().addClass("haystack");
  });
  cy.layout({ name: "grid" }).run();
  const firstRenderMs = await firstRender;
  const t1 = performance.now();
  const layout = cy.layout({ name: "fcose", animate: false, randomize: true, quality: total > 1000 ? "draft" : "default", nodeDimensionsIncludeLabels: false } as cytoscape.LayoutOptions);
  await new Promise<void>((resolve) => {
    layout.one("layoutstop", () => requestAnimationFrame(() => resolve()));
    layout.run();
  });
  const layoutMs = performance.now() - t1;
  const result = { elements: total, nodes: cy.nodes().length, edges: cy.edges().length, firstRenderMs: Math.round(firstRenderMs), layoutMs: Math.round(layoutMs), layout: total > 1000 ? "fcose draft" : "fcose default" };
  cy.destroy();
  return result;
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
document.body.dataset.ready = "true";
