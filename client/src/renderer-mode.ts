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

/**
 * The canvas renderer skips labels drawn smaller than `min-zoomed-font-size`
 * (7 px for 11 px node labels: below zoom 7/11); Cytoscape 3.34's WebGL
 * renderer draws every label at every zoom, thousands of unreadable textures
 * per frame. On WebGL the same rule is applied by class.
 */
export const LABEL_MIN_ZOOM = 7 / 11;

/** Pure: whether labels are readable at this zoom. */
export function labelsReadable(zoom: number): boolean {
  return zoom >= LABEL_MIN_ZOOM;
}

/** Hides labels below LABEL_MIN_ZOOM on a WebGL view; returns the function that undoes it. */
export function hideSmallLabels(cy: cytoscape.Core): () => void {
  cy.style().selector(".labels-off").style({ label: "" }).update();
  let hidden: boolean | null = null;
  const update = () => {
    const hide = !labelsReadable(cy.zoom());
    if (hide === hidden) return;
    hidden = hide;
    cy.batch(() => cy.elements().toggleClass("labels-off", hide));
  };
  const added = (ev: cytoscape.EventObject) => {
    if (hidden) ev.target.addClass("labels-off");
  };
  cy.on("zoom", update);
  cy.on("add", added);
  update();
  return () => {
    cy.off("zoom", update);
    cy.off("add", added);
    cy.batch(() => cy.elements().removeClass("labels-off"));
  };
}

/** GL implementations that rasterise on the CPU (headless Chromium, VMs, remote desktops). */
const SOFTWARE_GL = ["swiftshader", "llvmpipe", "softpipe", "software", "microsoft basic render"];

/**
 * Pure: whether a WebGL renderer string names a software rasteriser. Measured
 * (test/bench/results/explorer.md): on SwiftShader one WebGL frame of 10,000
 * elements takes seconds, while the canvas pans from its cached layers; WebGL
 * only pays off on a real GPU.
 */
export function isSoftwareGl(rendererName: string): boolean {
  const name = rendererName.toLowerCase();
  return SOFTWARE_GL.some((word) => name.includes(word));
}

/** `?renderer=webgl` forces WebGL past the threshold even on software GL, `?renderer=canvas` never uses it; otherwise auto. */
export type RendererPreference = "auto" | "webgl" | "canvas";
export function rendererPreference(search: string): RendererPreference {
  const value = new URLSearchParams(search).get("renderer");
  return value === "webgl" || value === "canvas" ? value : "auto";
}

let webgl: boolean | undefined;
/** Whether large views should use WebGL here: a WebGL2 context on a GPU, or asked for (checked once). */
export function webglAvailable(): boolean {
  if (webgl === undefined) {
    const preference = rendererPreference(location.search);
    let context: WebGL2RenderingContext | null = null;
    try {
      context = preference === "canvas" ? null : document.createElement("canvas").getContext("webgl2");
    } catch {
      context = null;
    }
    const info = context?.getExtension("WEBGL_debug_renderer_info");
    const name = context && info ? String(context.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
    webgl = context !== null && (preference === "webgl" || !isSoftwareGl(name));
    context?.getExtension("WEBGL_lose_context")?.loseContext();
  }
  return webgl;
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
  let showLabels: (() => void) | null = null;
  const check = () => {
    pending = false;
    if (cy.destroyed()) return;
    if (cy.nodes().some((n) => (n as unknown as { animated(): boolean }).animated())) {
      schedule();
      return;
    }
    const kind = rendererFor(cy.elements().length, currentRenderer(cy), webglAvailable());
    if (kind === currentRenderer(cy)) return;
    // Class changes before the remount, so the new renderer starts from the final styles.
    if (kind === "webgl") showLabels = hideSmallLabels(cy);
    else {
      showLabels?.();
      showLabels = null;
    }
    switchRenderer(cy, kind);
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
