/**
 * In-browser half of the explorer bench: draws a synthetic view with the
 * explorer's stylesheet and renderer options (canvas or WebGL), reports the
 * time to the first painted frame, and records frame times while the Node side
 * drives real mouse gestures (drag to pan, wheel to zoom).
 */
import cytoscape from "cytoscape";
import { HAYSTACK_THRESHOLD } from "../../../client/src/graph-view.ts";
import { graphStylesheet } from "../../../client/src/graph-style.ts";
import { currentRenderer, hideSmallLabels, rendererOptions, type RendererKind } from "../../../client/src/renderer-mode.ts";
import { syntheticView } from "./synthetic-graph.ts";

export interface SetupResult { nodes: number; edges: number; renderer: RendererKind; firstRenderMs: number }
export interface FrameRecord { intervals: number[]; renders: number; drawMs: number[] }

/** The renderer's own draw counters (the WebGL path emits no "render" event, so count draws here). */
interface RendererStats { redrawCount?: number; lastRedrawTime?: number }
const stats = (core: cytoscape.Core) => (core as unknown as { renderer(): RendererStats }).renderer();

let cy: cytoscape.Core | null = null;
let frames: { times: number[]; drawMs: number[]; startCount: number; running: boolean } | null = null;

/** Resolves on the animation frame after the renderer's first draw. */
function firstDraw(core: cytoscape.Core): Promise<void> {
  return new Promise((resolve) => {
    const poll = () => ((stats(core).redrawCount ?? 0) > 0 ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(poll));
    requestAnimationFrame(poll);
  });
}

async function setup(total: number, kind: RendererKind, allLabels = false): Promise<SetupResult> {
  const elements = syntheticView(total);
  const edges = elements.filter((e) => e.group === "edges").length;
  const t0 = performance.now();
  const core = cytoscape({
    container: document.getElementById("cy"),
    style: graphStylesheet(),
    elements,
    layout: { name: "preset", fit: true, padding: 60 },
    minZoom: 0.02,
    maxZoom: 4,
    ...rendererOptions(kind),
  } as cytoscape.CytoscapeOptions);
  cy = core;
  // As the explorer does: haystack edges past HAYSTACK_THRESHOLD (graph-view.ts applyPerformanceMode),
  // and on WebGL no labels below their readable zoom (renderer-mode.ts; the canvas skips them itself).
  if (edges > HAYSTACK_THRESHOLD) core.edges().addClass("haystack");
  if (kind === "webgl" && !allLabels) hideSmallLabels(core);
  // First render: the renderer's first drawn frame, then the next animation frame (it is on screen).
  await firstDraw(core);
  const firstRenderMs = performance.now() - t0;
  return { nodes: core.nodes().length, edges: core.edges().length, renderer: currentRenderer(core), firstRenderMs };
}

function startFrames(): void {
  const renderer = stats(cy!);
  const record = { times: [] as number[], drawMs: [] as number[], startCount: renderer.redrawCount ?? 0, running: true };
  frames = record;
  let seen = record.startCount;
  const tick = (time: number) => {
    if (!record.running) return;
    record.times.push(time);
    // The time the renderer spent in its last draw (main thread), once per draw.
    if ((renderer.redrawCount ?? 0) !== seen) {
      seen = renderer.redrawCount ?? 0;
      record.drawMs.push(renderer.lastRedrawTime ?? 0);
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stopFrames(): FrameRecord {
  const record = frames!;
  record.running = false;
  const intervals = record.times.slice(1).map((t, i) => t - record.times[i]!);
  return { intervals, renders: (stats(cy!).redrawCount ?? 0) - record.startCount, drawMs: record.drawMs };
}

function reset(): void {
  cy?.fit(undefined, 60);
}

Object.assign(window, { benchSetup: setup, benchStartFrames: startFrames, benchStopFrames: stopFrames, benchReset: reset });
document.body.dataset.ready = "true";
