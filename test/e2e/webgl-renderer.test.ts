/**
 * End-to-end: large views in real headless Chromium against the real server.
 * Past 3,000 elements the explorer remounts Cytoscape on the WebGL renderer
 * (renderer-mode.ts) and keeps working: clicks pick nodes, drags pan, the cap
 * is 20,000 elements; below 2,000 it returns to the canvas.
 * Screenshot: test/e2e/screenshots/webgl-large-view.png (path printed).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type LaunchedBrowser } from "./support/chromium.ts";
import { ensureClientBuild, ROOT, startExplorerServer, type ExplorerServer } from "./support/explorer-server.ts";

const SHOTS = join(ROOT, "test", "e2e", "screenshots");
const NODES = 1_200;
const EDGES = 2_400;

let server: ExplorerServer;
let browser: LaunchedBrowser;
let page: Page;
const pageErrors: string[] = [];

const renderer = () => page.evaluate(() => document.getElementById("cy")!.dataset.renderer);

describe("WebGL renderer for large views (browser, real server)", () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ensureClientBuild();
    server = await startExplorerServer();
    browser = await launchChromium({ width: 1280, height: 800 });
    page = await browser.context.newPage();
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    // Headless Chromium has only software GL (SwiftShader), where the explorer stays on the
    // canvas by itself (see the last test); ?renderer=webgl asks for WebGL regardless.
    await page.goto(`${server.url}/?renderer=webgl`);
    await page.waitForFunction(() => document.body.dataset.restored === "true");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("starts on the canvas and switches to WebGL once the view passes 3,000 elements", async () => {
    expect(await renderer()).toBe("canvas");
    const added = await page.evaluate(({ nodeCount, edgeCount }) => {
      const graph = (window as any).kamergraaf.graph;
      const types = ["Person", "Organisation", "Programme", "Party", "Committee"];
      const nodes = Array.from({ length: nodeCount }, (_, i) => ({ data: { id: `big-${i}`, label: `Entiteit ${i}`, type: types[i % types.length] } }));
      const edges = Array.from({ length: edgeCount }, (_, i) => ({ data: { id: `big-e${i}`, source: `big-${i % nodeCount}`, target: `big-${(i * 7 + 1) % nodeCount}`, type: "PART_OF", evidenceCount: 1 } }));
      const result = graph.addElements({ nodes, edges });
      graph.cy.layout({ name: "grid", fit: true, padding: 40 }).run();
      return result ? graph.cy.elements().length : null;
    }, { nodeCount: NODES, edgeCount: EDGES });
    expect(added).toBe(NODES + EDGES);
    await page.waitForFunction(() => document.getElementById("cy")!.dataset.renderer === "webgl", undefined, { timeout: 30_000 });
    expect(await page.locator('#cy canvas[data-id="layer3-webgl"]').count()).toBe(1);
    // The remount keeps the elements, the stylesheet and the handlers.
    expect(await page.evaluate(() => (window as any).kamergraaf.graph.cy.elements().length)).toBe(NODES + EDGES);
    const path = join(SHOTS, "webgl-large-view.png");
    await page.waitForTimeout(500);
    await page.screenshot({ path });
    console.log(`screenshot: ${path}`);
  });

  it("on WebGL, labels too small to read are not drawn, as the canvas does", async () => {
    const labelsOff = (zoom: number) =>
      page.evaluate((level) => {
        const cy = (window as any).kamergraaf.graph.cy;
        cy.zoom(level);
        return cy.nodes(".labels-off").length;
      }, zoom);
    expect(await labelsOff(0.3)).toBe(NODES);
    expect(await labelsOff(1.2)).toBe(0);
  });

  it("a click on a node selects it (WebGL picking) and a drag on the background pans", async () => {
    const target = await page.evaluate(() => {
      const cy = (window as any).kamergraaf.graph.cy;
      const node = cy.getElementById("big-600");
      cy.zoom({ level: 1.5, position: node.position() });
      cy.center(node);
      const box = cy.container().getBoundingClientRect();
      const pos = node.renderedPosition();
      return { x: box.left + pos.x, y: box.top + pos.y };
    });
    await page.waitForTimeout(300);
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction(() => (window as any).kamergraaf.graph.cy.$("node:selected").map((n: any) => n.id()).join() === "big-600", undefined, { timeout: 15_000 });

    // Move the graph to the right half: the left strip is background, so the drag pans instead of moving a node.
    const start = await page.evaluate(() => {
      const cy = (window as any).kamergraaf.graph.cy;
      const bb = cy.elements().boundingBox();
      cy.pan({ x: 500 - bb.x1 * cy.zoom(), y: 100 - bb.y1 * cy.zoom() });
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + 100, y: box.top + 200 };
    });
    const before = await page.evaluate(() => ({ ...(window as any).kamergraaf.graph.cy.pan() }));
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + 12 * i, start.y + 6 * i);
    await page.mouse.up();
    const after = await page.evaluate(() => ({ ...(window as any).kamergraaf.graph.cy.pan() }));
    expect(Math.round(after.x - before.x)).toBe(120);
    expect(Math.round(after.y - before.y)).toBe(60);
  });

  it("holds up to 20,000 elements and refuses a batch past that", async () => {
    const outcome = await page.evaluate((shown) => {
      const graph = (window as any).kamergraaf.graph;
      const nodes = Array.from({ length: 20_001 - shown }, (_, i) => ({ data: { id: `over-${i}`, label: `n${i}`, type: "Person" } }));
      const added = graph.addElements({ nodes, edges: [] });
      return { added, after: graph.cy.elements().length, message: document.getElementById("message")!.textContent };
    }, NODES + EDGES);
    expect(outcome.added).toBeNull();
    expect(outcome.after).toBe(NODES + EDGES);
    expect(outcome.message).toMatch(/at most 20000/);
  });

  it("returns to the canvas when the view shrinks below 2,000 elements", async () => {
    await page.evaluate(() => {
      const cy = (window as any).kamergraaf.graph.cy;
      cy.remove(cy.nodes().slice(0, 900));
    });
    await page.waitForFunction(() => document.getElementById("cy")!.dataset.renderer === "canvas", undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => (window as any).kamergraaf.graph.cy.renderer().webgl)).toBe(false);
    expect(await page.evaluate(() => (window as any).kamergraaf.graph.cy.elements().length)).toBeLessThan(2000);
  });

  it("without ?renderer=webgl, software GL keeps even a large view on the canvas", async () => {
    const auto = await browser.context.newPage();
    auto.on("pageerror", (error) => pageErrors.push(String(error)));
    await auto.goto(server.url);
    await auto.waitForFunction(() => document.body.dataset.restored === "true");
    const gl = await auto.evaluate(() => {
      const context = document.createElement("canvas").getContext("webgl2");
      const info = context?.getExtension("WEBGL_debug_renderer_info");
      return context && info ? String(context.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
    });
    expect(gl, "this browser test assumes headless Chromium's software GL").toMatch(/SwiftShader/i);
    await auto.evaluate((n) => {
      const graph = (window as any).kamergraaf.graph;
      graph.addElements({ nodes: Array.from({ length: n }, (_, i) => ({ data: { id: `auto-${i}`, label: `n${i}`, type: "Person" } })), edges: [] });
    }, 3_500);
    await auto.waitForTimeout(500);
    expect(await auto.evaluate(() => document.getElementById("cy")!.dataset.renderer)).toBe("canvas");
    expect(await auto.evaluate(() => (window as any).kamergraaf.graph.cy.elements().length)).toBe(3_500);
    await auto.close();
  });

  it("raised no uncaught page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
