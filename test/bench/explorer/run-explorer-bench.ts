/**
 * Explorer bench (not a test): the canvas and the WebGL renderer side by side
 * in one run, in real headless Chromium, at 2,000, 10,000 and 20,000 elements.
 * Per size and renderer, on a fresh page: time to the first painted frame, and
 * frame times (p50 / p95) while real mouse input pans (drag) and zooms (wheel).
 * Target (issue 13): pan/zoom p95 frame ≤ 33 ms at 10,000 elements.
 *
 *   npm run bench:explorer
 *   BENCH_SIZES=2000,10000 BENCH_REPEATS=3 BENCH_GESTURE_MS=3000 npm run bench:explorer
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { launchChromium } from "../../e2e/support/chromium.ts";
import type { FrameRecord, SetupResult } from "./bench-page.ts";
import { serveFiles } from "./serve-files.ts";
import { summarise, type FrameStats } from "./frame-stats.ts";

const SIZES = (process.env.BENCH_SIZES ?? "2000,10000,20000").split(",").map(Number);
const RENDERERS = (process.env.BENCH_RENDERERS ?? "canvas,webgl").split(",");
const REPEATS = Number(process.env.BENCH_REPEATS ?? 1);
const GESTURE_MS = Number(process.env.BENCH_GESTURE_MS ?? 2000);
const VIEWPORT = { width: 1280, height: 800 };
/** BENCH_WEBGL_LABELS=all: WebGL draws every label at every zoom (Cytoscape's own behaviour), for comparison. */
const ALL_LABELS = process.env.BENCH_WEBGL_LABELS === "all";
const TARGET_MS = 33;

const here = import.meta.dirname;
const root = join(here, "..", "..", "..");
const outDir = join(root, ".cache", "explorer-bench");

interface Run { size: number; renderer: string; setup: SetupResult; pan: FrameStats; zoom: FrameStats; load: number }

type BenchWindow = Window & {
  benchSetup(total: number, kind: string, allLabels: boolean): Promise<SetupResult>;
  benchStartFrames(): void;
  benchStopFrames(): FrameRecord;
  benchReset(): void;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Drag on the empty margin of the fitted view (outside every node) and sweep for GESTURE_MS. */
async function pan(page: Page): Promise<FrameRecord> {
  await page.mouse.move(20, 20);
  await page.mouse.down();
  await page.evaluate(() => (window as unknown as BenchWindow).benchStartFrames());
  const start = Date.now();
  while (Date.now() - start < GESTURE_MS) {
    const t = (Date.now() - start) / 400;
    await page.mouse.move(20 + 300 * (1 - Math.cos(t)), 20 + 150 * Math.sin(t));
  }
  const record = await page.evaluate(() => (window as unknown as BenchWindow).benchStopFrames());
  await page.mouse.up();
  return record;
}

/** Wheel notches at the centre, eight in, eight out, for GESTURE_MS. */
async function zoom(page: Page): Promise<FrameRecord> {
  await page.evaluate(() => (window as unknown as BenchWindow).benchReset());
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
  await page.evaluate(() => (window as unknown as BenchWindow).benchStartFrames());
  const start = Date.now();
  for (let i = 0; Date.now() - start < GESTURE_MS; i++) {
    await page.mouse.wheel(0, Math.floor(i / 8) % 2 === 0 ? -100 : 100);
    await sleep(8);
  }
  return page.evaluate(() => (window as unknown as BenchWindow).benchStopFrames());
}

await build({ root: here, base: "./", configFile: false, logLevel: "error", build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000, rollupOptions: { input: join(here, "explorer-bench.html") } } });
const server = await serveFiles(outDir);
const browser = await launchChromium(VIEWPORT);
const runs: Run[] = [];
try {
  for (const size of SIZES) {
    for (const renderer of RENDERERS) {
      for (let i = 0; i < REPEATS; i++) {
        // A fresh page per run: no warm caches, atlases or canvases from the previous one.
        const page = await browser.context.newPage();
        page.on("crash", () => console.error(`page crashed (${size} ${renderer})`));
        page.on("pageerror", (error) => console.error(`page error (${size} ${renderer}): ${error.message}`));
        page.on("console", (message) => { if (message.type() === "error" || message.type() === "warning") console.error(`console (${size} ${renderer}): ${message.text()}`); });
        await page.goto(`${server.url}/explorer-bench.html`);
        await page.waitForSelector("body[data-ready=true]");
        const setup = await page.evaluate(({ n, kind, all }) => (window as unknown as BenchWindow).benchSetup(n, kind, all), { n: size, kind: renderer, all: ALL_LABELS });
        if (setup.renderer !== renderer) throw new Error(`asked for ${renderer}, Cytoscape drew with ${setup.renderer}`);
        await sleep(300);
        const panRecord = await pan(page);
        const zoomRecord = await zoom(page);
        runs.push({ size, renderer, setup, pan: summarise(panRecord), zoom: summarise(zoomRecord), load: loadavg()[0]! });
        await page.close();
        const last = runs.at(-1)!;
        console.error(`${size} ${renderer}: first render ${Math.round(setup.firstRenderMs)} ms, pan p95 ${last.pan.p95} ms, zoom p95 ${last.zoom.p95} ms (load ${last.load.toFixed(2)})`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const chrome = browser.context.browser()?.version() ?? "headless Chromium";
const lines = [
  `# Explorer bench — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
  "",
  `Headless Chromium ${chrome} (software GL: SwiftShader), viewport ${VIEWPORT.width}×${VIEWPORT.height}, ${REPEATS} run(s) per cell, ${GESTURE_MS} ms per gesture.`,
  `WebGL labels: ${ALL_LABELS ? "all, at every zoom (BENCH_WEBGL_LABELS=all)" : "hidden below zoom 7/11 as the canvas does (renderer-mode.ts hideSmallLabels)"}.`,
  "Synthetic view (a third nodes, two thirds edges, half the edges on 20 hubs, clustered preset positions), the explorer's stylesheet and renderer options.",
  "Frame = interval between animation frames during real mouse input (drag on the background to pan, wheel at the centre to zoom); renders = frames Cytoscape drew.",
  "",
  "Draw p95 = the renderer's own time per draw on the main thread (Cytoscape's lastRedrawTime), without compositing and GPU-process work.",
  "",
  "| elements | renderer | nodes | edges | first render ms | pan frame p50 / p95 ms | pan draws, draw p95 ms | zoom frame p50 / p95 ms | zoom draws, draw p95 ms | load (1 min) |",
  "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...runs.map((r) => `| ${r.size} | ${r.renderer} | ${r.setup.nodes} | ${r.setup.edges} | ${Math.round(r.setup.firstRenderMs)} | ${r.pan.p50} / ${r.pan.p95} | ${r.pan.renders}, ${r.pan.drawP95} | ${r.zoom.p50} / ${r.zoom.p95} | ${r.zoom.renders}, ${r.zoom.drawP95} | ${r.load.toFixed(2)} |`),
  "",
];
const atTarget = runs.filter((r) => r.size === 10_000 && r.renderer === "webgl");
if (atTarget.length) {
  const worst = Math.max(...atTarget.flatMap((r) => [r.pan.p95, r.zoom.p95]));
  lines.push(`Target pan/zoom p95 ≤ ${TARGET_MS} ms at 10,000 elements (WebGL, what the explorer uses there): worst p95 ${worst} ms — ${worst <= TARGET_MS ? "met" : "**missed**"}.`, "");
}
const report = lines.join("\n");
console.log(`\n${report}`);
const resultsDir = join(root, "test", "bench", "results");
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, "explorer.md"), report);
console.log(`written: ${join("test", "bench", "results", "explorer.md")}`);
