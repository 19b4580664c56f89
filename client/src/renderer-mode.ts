/**
 * Which Cytoscape renderer draws the view: the 2D canvas for ordinary views,
 * the WebGL renderer (cytoscape ≥ 3.31, `webgl: true`) once a view passes a few
 * thousand elements, where the canvas can no longer pan and zoom smoothly.
 */
import type cytoscape from "cytoscape";

/** A view with more elements than this switches to WebGL. */
export const WEBGL_ABOVE = 3000;
/**
 * …and returns to the canvas only below this. The gap keeps a view that hovers
 * around the threshold (expand, remove, expand) from remounting the renderer each time.
 */
export const CANVAS_BELOW = 2000;

export type RendererKind = "canvas" | "webgl";

/** Pure decision with hysteresis: the renderer a view of `count` elements should use, given the current one. */
export function rendererFor(count: number, current: RendererKind, webglAvailable: boolean): RendererKind {
  if (!webglAvailable) return "canvas";
  if (current === "canvas") return count > WEBGL_ABOVE ? "webgl" : "canvas";
  return count < CANVAS_BELOW ? "canvas" : "webgl";
}

/**
 * Renderer options shared by the explorer and its bench, so the bench measures
 * what users get. Canvas: a cached texture while panning/zooming and no edges
 * during the gesture. WebGL: everything is drawn every frame from texture atlases.
 */
export function rendererOptions(kind: RendererKind): Record<string, unknown> {
  return {
    textureOnViewport: true,
    hideEdgesOnViewport: true,
    motionBlur: false,
    pixelRatio: 1,
    webgl: kind === "webgl",
    // Larger atlases and batches than the mobile defaults: fewer draw calls on big views.
    webglTexSize: 4096,
    webglBatchSize: 4096,
  };
}

let webgl2: boolean | undefined;
/** Whether this browser can give Cytoscape a WebGL2 context (checked once). */
export function webglAvailable(): boolean {
  if (webgl2 === undefined) {
    try {
      webgl2 = document.createElement("canvas").getContext("webgl2") !== null;
    } catch {
      webgl2 = false;
    }
  }
  return webgl2;
}

export function currentRenderer(cy: cytoscape.Core): RendererKind {
  // cy.renderer() is public in Cytoscape but missing from @types/cytoscape.
  const renderer = (cy as unknown as { renderer(): { webgl?: boolean } | null }).renderer();
  return renderer?.webgl ? "webgl" : "canvas";
}

interface CorePrivate { _private: { options: { style?: unknown; renderer?: Record<string, unknown> } & Record<string, unknown> } }

/**
 * Remounts the core's renderer with the other kind. Cytoscape reads renderer
 * options only when a renderer is created, and `cy.mount` creates one from the
 * core's stored options: elements, positions, viewport, selection and event
 * handlers stay (they belong to the core), only the canvases are rebuilt.
 * mount() also re-applies the stored stylesheet, so the live one is stored first.
 * Known Cytoscape 3.34 quirk: the first WebGL renderer sets CANVAS_LAYERS = 4 on
 * its private prototype, so a canvas renderer created after it keeps a fourth,
 * idle canvas (never drawn on; `webgl` is false). Harmless, and not reachable from here.
 */
export function switchRenderer(cy: cytoscape.Core, kind: RendererKind): void {
  const container = cy.container();
  if (!container || currentRenderer(cy) === kind) return;
  const options = (cy as unknown as CorePrivate)._private.options;
  const settings = rendererOptions(kind);
  Object.assign(options, settings);
  options.renderer = { ...options.renderer, ...settings };
  options.style = (cy.style() as unknown as { json(): unknown }).json();
  cy.mount(container);
  container.dataset.renderer = kind;
}

/**
 * Keeps the renderer in step with the view's size. Switching waits until the
 * current change (a batch, a layout started in the same task) is done and no
 * element is animating: remounting drops running element animations.
 */
export function followViewSize(cy: cytoscape.Core): void {
  let pending = false;
  const check = () => {
    pending = false;
    if (cy.destroyed()) return;
    if (cy.nodes().some((n) => (n as unknown as { animated(): boolean }).animated())) {
      schedule();
      return;
    }
    switchRenderer(cy, rendererFor(cy.elements().length, currentRenderer(cy), webglAvailable()));
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    setTimeout(check, 50);
  };
  cy.on("add remove", schedule);
  const container = cy.container();
  if (container) container.dataset.renderer = currentRenderer(cy);
}
