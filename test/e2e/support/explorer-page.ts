/**
 * Shared harness of the explorer browser tests: the real server on the seed
 * graph, a headless Chromium, and the waits and helpers every test file needs.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Gateway } from "../../../server/db/gateway.ts";
import { testGateway } from "../../support/test-neo4j.ts";
import { launchChromium, type LaunchedBrowser } from "./chromium.ts";
import { ensureClientBuild, ingest, ROOT, seedDocuments, startExplorerServer, type ExplorerServer } from "./explorer-server.ts";

/** Screenshots the issue asks for; gitignored, paths printed in the test output. */
export const SCREENSHOTS = join(ROOT, "test", "e2e", "screenshots");

export interface ExplorerHarness {
  server: ExplorerServer;
  browser: LaunchedBrowser;
  gateway: Gateway;
  pageErrors: string[];
  /** A fresh page with page errors collected, at `hash` (without "#"), idle. */
  open(hash?: string, viewport?: { width: number; height: number }): Promise<Page>;
  api<T>(path: string, init?: RequestInit): Promise<T>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<ExplorerHarness> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  ensureClientBuild();
  const gateway = testGateway();
  await ingest(gateway, seedDocuments());
  const server = await startExplorerServer();
  const browser = await launchChromium();
  const pageErrors: string[] = [];
  return {
    server,
    browser,
    gateway,
    pageErrors,
    async open(hash = "", viewport) {
      const page = await browser.context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      page.on("pageerror", (error) => pageErrors.push(String(error)));
      await page.goto(`${server.url}/${hash ? `#${hash}` : ""}`);
      await idle(page);
      return page;
    },
    async api<T>(path: string, init?: RequestInit) {
      const response = await fetch(`${server.url}/api/${path}`, init);
      if (!response.ok) throw new Error(`${init?.method ?? "GET"} /api/${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    async close() {
      await browser.close();
      await server.stop();
      await gateway.close();
    },
  };
}

export async function idle(p: Page): Promise<void> {
  await p.waitForFunction(() => document.body.dataset.restored === "true" && document.body.dataset.busy !== "true", undefined, { timeout: 30_000 });
}

/** Idle, and the viewport and every node have stopped moving. */
export async function settled(p: Page): Promise<void> {
  await idle(p);
  await p.waitForFunction(() => {
    const cy = (window as any).kamergraaf.graph.cy;
    const w = window as any;
    const snapshot = JSON.stringify([cy.zoom(), cy.pan(), cy.nodes().map((n: any) => n.position())]);
    const still = snapshot === w.__lastSnapshot && !cy.animated() && cy.nodes().every((n: any) => !n.animated());
    w.__lastSnapshot = snapshot;
    return still;
  }, undefined, { timeout: 30_000, polling: 100 });
}

export async function shot(p: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await p.screenshot({ path });
  console.log(`screenshot: ${path}`);
  return path;
}

/** Types into a search box and picks the suggestion for entity `key`. */
export async function pick(p: Page, inputSelector: string, query: string, key: string): Promise<void> {
  const input = p.locator(inputSelector);
  await input.fill("");
  await input.pressSequentially(query, { delay: 30 });
  const listId = await input.getAttribute("aria-controls");
  const option = p.locator(`#${listId} li[data-key="${key}"]`);
  await option.waitFor({ timeout: 15_000 });
  await option.dispatchEvent("mousedown");
  await p.waitForFunction((k) => (window as any).kamergraaf.graph.cy.getElementById(k).nonempty(), key);
  await idle(p);
}

export const nodeIds = (p: Page) => p.evaluate(() => (window as any).kamergraaf.graph.cy.nodes().map((n: any) => n.id()).sort() as string[]);

/** Where a graph element is on the page (rendered position plus the canvas offset). */
export async function screenPoint(p: Page, id: string): Promise<{ x: number; y: number }> {
  return p.evaluate((elementId) => {
    const cy = (window as any).kamergraaf.graph.cy;
    const ele = cy.getElementById(elementId);
    const at = ele.isNode() ? ele.renderedPosition() : ele.renderedMidpoint();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
}

/** Expands an entity through the app (as a double-click would) and waits for the layout to settle. */
export async function expand(p: Page, key: string): Promise<void> {
  await p.evaluate((k) => (window as any).kamergraaf.graph.expand(k), key);
  await settled(p);
}
