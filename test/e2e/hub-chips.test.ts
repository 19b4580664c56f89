/**
 * End-to-end: a supernode in real headless Chromium against the real server.
 * Expanding a ministry with 157 neighbours shows "…: 157 neighbours by type"
 * chips instead of 157 nodes; each chip adds one page of its type.
 * Screenshot: test/e2e/screenshots/hub-type-chips.png (path printed).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../server/db/gateway.ts";
import { createHubGraph, HUB_NEIGHBOURS, type HubGraph } from "../support/hub-graph.ts";
import { testGateway } from "../support/test-neo4j.ts";
import { launchChromium, type LaunchedBrowser } from "./support/chromium.ts";
import { ensureClientBuild, ROOT, startExplorerServer, type ExplorerServer } from "./support/explorer-server.ts";

const SHOTS = join(ROOT, "test", "e2e", "screenshots");

let server: ExplorerServer;
let browser: LaunchedBrowser;
let gateway: Gateway;
let hub: HubGraph;
let page: Page;
const pageErrors: string[] = [];

const idle = () => page.waitForFunction(() => document.body.dataset.restored === "true" && document.body.dataset.busy !== "true", undefined, { timeout: 30_000 });
const nodeIds = () => page.evaluate(() => (window as any).kamergraaf.graph.cy.nodes().map((n: any) => n.id()) as string[]);
const chip = (type: string) => page.locator(`.hub-chips .type-chip[data-type="${type}"]`);

describe("hub chips (browser, real server)", () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ensureClientBuild();
    gateway = testGateway();
    hub = await createHubGraph(gateway);
    server = await startExplorerServer();
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    await page.goto(server.url);
    await idle();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await hub?.cleanup();
    await gateway?.close();
  });

  it("opening a hub from the search shows its neighbours by type, not 157 nodes", async () => {
    const input = page.locator("#entity-search");
    await input.pressSequentially(hub.marker, { delay: 20 });
    const listId = await input.getAttribute("aria-controls");
    const option = page.locator(`#${listId} li[data-key="${hub.hubKey}"]`);
    await option.waitFor({ timeout: 15_000 });
    await option.dispatchEvent("mousedown");
    await idle();

    const card = page.locator(`.hub-chips[data-hub="${hub.hubKey}"]`);
    await card.waitFor();
    expect(await card.locator(".hub-chips-title").textContent()).toBe(`${hub.hubName}: 157 neighbours by type`);
    expect(await card.locator(".type-chip").allTextContents()).toEqual(["Organisation 80", "Person 50", "Programme 20", "Committee 7"]);
    expect(await nodeIds()).toEqual([hub.hubKey]);
  });

  it("a chip adds one page of its type around the hub, and says how many remain", async () => {
    await chip("Person").click();
    await idle();
    let ids = await nodeIds();
    expect(ids).toHaveLength(1 + HUB_NEIGHBOURS.Person);
    expect(ids.filter((id) => id.includes(":person-"))).toHaveLength(HUB_NEIGHBOURS.Person);
    expect(await chip("Person").textContent()).toBe("Person 50 ✓");
    expect(await chip("Person").isDisabled()).toBe(true);

    await chip("Organisation").click();
    await idle();
    ids = await nodeIds();
    expect(ids.filter((id) => id.includes(":organisation-"))).toHaveLength(50);
    expect(await chip("Organisation").textContent()).toBe("Organisation 30 more");
    // Every neighbour shown hangs on the hub by its own relation.
    const unattached = await page.evaluate((key) => (window as any).kamergraaf.graph.cy.nodes().filter((n: any) => n.id() !== key && n.edgesWith(`[id = "${key}"]`).empty()).length, hub.hubKey);
    expect(unattached).toBe(0);

    await chip("Committee").click();
    await idle();
    await page.evaluate(() => (window as any).kamergraaf.graph.fit());
    await page.waitForTimeout(400);
    const path = join(SHOTS, "hub-type-chips.png");
    await page.screenshot({ path });
    console.log(`screenshot: ${path}`);
  });

  it("the card follows the hub when the view pans, and goes when the hub is removed", async () => {
    const card = page.locator(`.hub-chips[data-hub="${hub.hubKey}"]`);
    const before = await card.boundingBox();
    await page.evaluate(() => (window as any).kamergraaf.graph.cy.panBy({ x: 60, y: 30 }));
    const after = await card.boundingBox();
    expect(Math.round(after!.x - before!.x)).toBe(60);
    expect(Math.round(after!.y - before!.y)).toBe(30);
    await page.evaluate((key) => (window as any).kamergraaf.graph.remove(key), hub.hubKey);
    expect(await page.locator(".hub-chips").count()).toBe(0);
  });

  it("raised no uncaught page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
