/**
 * Render benchmark (not a test): time to first render and to a finished fcose
 * layout for 500, 2,000 and 5,000 synthetic elements in headless Chromium.
 * Run: npm run bench:explorer. The bench page is built here, with the
 * explorer's own modules, into .cache/bench-explorer: it is not part of the
 * explorer bundle (client/dist).
 */
import { join } from "node:path";
import { build } from "vite";
import { cacheDir } from "../../../common/paths.ts";
import { launchChromium } from "../../e2e/support/chromium.ts";
import { serveStatic } from "./static-server.ts";

const SIZES = (process.env.BENCH_SIZES ?? "500,2000,5000").split(",").map(Number);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 2);
const dist = join(cacheDir, "bench-explorer");
await build({
  configFile: false,
  root: import.meta.dirname,
  base: "./",
  logLevel: "warn",
  build: { outDir: dist, emptyOutDir: true, chunkSizeWarningLimit: 1500, rollupOptions: { input: join(import.meta.dirname, "bench.html") } },
});

interface Row { elements: number; nodes: number; edges: number; firstRenderMs: number; layoutMs: number; layout: string }

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = await serveStatic(dist);
const browser = await launchChromium({ width: 1280, height: 800 });
try {
  const rows: { size: number; runs: Row[] }[] = [];
  for (const size of SIZES) {
    const runs: Row[] = [];
    for (let i = 0; i < REPEATS; i++) {
      // A fresh page per run: no warm caches or leftover canvases from the previous size.
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/bench.html`);
      await page.waitForSelector("body[data-ready=true]");
      runs.push(await page.evaluate((n) => (window as unknown as { runBench(n: number): Promise<Row> }).runBench(n), size));
      await page.close();
    }
    rows.push({ size, runs });
  }
  const chromeVersion = browser.context.browser()?.version() ?? "?";
  console.log(`\nkamergraaf explorer render bench — headless Chromium ${chromeVersion}, ${REPEATS} run(s) per size, median (min–max)\n`);
  console.log("| elements | nodes | edges | first render ms | layout ms | layout |");
  console.log("|---:|---:|---:|---:|---:|---|");
  for (const { runs } of rows) {
    const r = runs[0]!;
    const fr = runs.map((x) => x.firstRenderMs);
    const lo = runs.map((x) => x.layoutMs);
    console.log(`| ${r.elements} | ${r.nodes} | ${r.edges} | ${median(fr)} (${Math.min(...fr)}–${Math.max(...fr)}) | ${median(lo)} (${Math.min(...lo)}–${Math.max(...lo)}) | ${r.layout} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
