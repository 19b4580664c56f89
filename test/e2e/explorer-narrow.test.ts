/**
 * Narrow screens (issue 13, defect 5 and the 390 px layout): at 390×844 the
 * canvas takes the full width, the panels are drawers over it, and neither the
 * page nor the commitments table and timeline scroll sideways.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idle, pick, settled, shot, startHarness, type ExplorerHarness } from "./support/explorer-page.ts";

let h: ExplorerHarness;
const PHONE = { width: 390, height: 844 };

const width = (p: Page, selector: string) => p.locator(selector).first().evaluate((node) => node.getBoundingClientRect().width);
const sideways = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("explorer at 390 px", { timeout: 150_000 }, () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("shows a full-width canvas with the panels as drawers, and no sideways scroll", async () => {
    const page = await h.open("", PHONE);
    await pick(page, "#entity-search", "UBR", "ubr");
    await settled(page);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(await width(page, "#cy")).toBeGreaterThanOrEqual(PHONE.width - 2);
    expect(await page.evaluate(() => (window as any).kamergraaf.graph.cy.width())).toBeGreaterThanOrEqual(PHONE.width - 2);
    await shot(page, "narrow-390-graph");

    // Each drawer opens over the canvas (which keeps its width) and closes again.
    for (const [button, panel] of [["#toggle-left-panel", "#left-panel"], ["#toggle-side-panel", "#side-panel"]] as const) {
      expect(await page.locator(panel).isVisible()).toBe(false);
      await page.locator(button).click();
      await page.locator(panel).waitFor({ state: "visible" });
      const box = await page.locator(panel).evaluate((node) => node.getBoundingClientRect().toJSON());
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PHONE.width + 0.5);
      expect(await width(page, "#cy")).toBeGreaterThanOrEqual(PHONE.width - 2);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      await shot(page, `narrow-390-${panel.slice(1)}`);
      await page.locator(button).click();
      await page.locator(panel).waitFor({ state: "hidden" });
    }

    // Selecting a node opens the details drawer.
    await page.evaluate(() => (window as any).kamergraaf.graph.cy.getElementById("ubr").emit("tap"));
    await page.locator("#side-panel").waitFor({ state: "visible" });
    await page.locator("#toggle-side-panel").click();
    await page.close();
  });

  it("the commitments table and timeline fit their pane at 390 px and at 1280 px", async () => {
    for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
      const page = await h.open("view=commitments", viewport);
      await page.locator("#commitments-view tbody tr").first().waitFor({ timeout: 15_000 });
      await idle(page);
      const pane = await page.locator("#commitments-view").evaluate((node) => node.clientWidth);
      const table = await page.locator("#commitments-view table").evaluate((node) => node.getBoundingClientRect().width);
      const svg = await page.locator("#commitments-view .timeline svg").evaluate((node) => node.getBoundingClientRect().width);
      expect(table, `table at ${viewport.width}`).toBeLessThanOrEqual(pane);
      expect(svg, `timeline at ${viewport.width}`).toBeLessThanOrEqual(pane);
      expect(await page.locator("#commitments-view").evaluate((node) => node.scrollWidth - node.clientWidth)).toBeLessThanOrEqual(0);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      if (viewport === PHONE) await shot(page, "narrow-390-commitments");
      await page.close();
    }
  });

  it("raised no uncaught page errors", () => {
    expect(h.pageErrors).toEqual([]);
  });
});
