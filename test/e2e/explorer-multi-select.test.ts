/**
 * Multi-select (issue 13): Shift-click and Shift-drag select several nodes;
 * the selection bar expands, removes and pins them all, each as one undo step.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idle, nodeIds, pick, screenPoint, settled, shot, startHarness, type ExplorerHarness } from "./support/explorer-page.ts";

let h: ExplorerHarness;
const app = (p: Page) => p.evaluate.bind(p);

async function undo(p: Page): Promise<void> {
  await p.locator("#cy").focus();
  await p.keyboard.press("Control+z");
  await idle(p);
  await settled(p);
}

describe("explorer multi-select", { timeout: 150_000 }, () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("Shift-click and a Shift-drag box select nodes; bulk pin, expand and remove are one undo step each", async () => {
    const page = await h.open();
    await pick(page, "#entity-search", "UBR", "ubr");
    await settled(page);
    const [a, b] = await app(page)(() =>
      (window as any).kamergraaf.graph.cy.nodes().filter((n: any) => n.id() !== "ubr" && n.data("type") === "Organisation").map((n: any) => n.id()).slice(0, 2) as string[],
    );
    expect(a && b).toBeTruthy();
    // A plain click selects one node (and opens it); Shift-click adds the second.
    const atA = await screenPoint(page, a!);
    await page.mouse.click(atA.x, atA.y);
    await idle(page);
    const atB = await screenPoint(page, b!);
    await page.keyboard.down("Shift");
    await page.mouse.click(atB.x, atB.y);
    await page.keyboard.up("Shift");
    const bar = page.locator("#selection-bar");
    await bar.waitFor({ state: "visible" });
    expect(await bar.textContent()).toContain("2 nodes selected");
    await shot(page, "multi-select-bar");

    // Pin both, undo both at once.
    await bar.getByRole("button", { name: "Pin", exact: true }).click();
    const pinned = () => app(page)((ids: string[]) => ids.map((id) => (window as any).kamergraaf.graph.isPinned(id)), [a!, b!]);
    expect(await pinned()).toEqual([true, true]);
    await undo(page);
    expect(await pinned()).toEqual([false, false]);

    // Expand both, one step.
    const before = await nodeIds(page);
    await bar.getByRole("button", { name: "Expand all" }).click();
    await idle(page);
    await settled(page);
    const expanded = () => app(page)((ids: string[]) => ids.map((id) => (window as any).kamergraaf.graph.isExpanded(id)), [a!, b!]);
    expect(await expanded()).toEqual([true, true]);
    expect((await nodeIds(page)).length).toBeGreaterThan(before.length);
    await undo(page);
    expect(await nodeIds(page)).toEqual(before);
    expect(await expanded()).toEqual([false, false]);

    // A Shift-drag box around every node selects them all; Remove empties the view, undo brings it back.
    const box = await app(page)(() => {
      const cy = (window as any).kamergraaf.graph.cy;
      cy.elements().unselect();
      cy.fit(cy.nodes(), 60);
      const bb = cy.nodes().renderedBoundingBox();
      const c = cy.container().getBoundingClientRect();
      return { x1: c.left + Math.max(2, bb.x1 - 25), y1: c.top + Math.max(2, bb.y1 - 25), x2: c.left + Math.min(cy.width() - 2, bb.x2 + 25), y2: c.top + Math.min(cy.height() - 2, bb.y2 + 25) };
    });
    await settled(page);
    await page.keyboard.down("Shift");
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
    await page.mouse.move(box.x2, box.y2, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up("Shift");
    const all = before.length;
    await expect.poll(() => app(page)(() => (window as any).kamergraaf.graph.cy.nodes(":selected").length)).toBe(all);
    await bar.getByRole("button", { name: "Remove" }).click();
    await idle(page);
    expect(await nodeIds(page)).toEqual([]);
    await undo(page);
    expect(await nodeIds(page)).toEqual(before);
    await page.close();
  });

  it("a double-click expands a node; two quick clicks on two different nodes expand nothing", async () => {
    const page = await h.open();
    await pick(page, "#entity-search", "UBR", "ubr");
    await settled(page);
    const [a, b] = await app(page)(() =>
      (window as any).kamergraaf.graph.cy.nodes().filter((n: any) => n.id() !== "ubr").map((n: any) => n.id()).slice(0, 2) as string[],
    );
    const expanded = (id: string) => app(page)((k: string) => (window as any).kamergraaf.graph.isExpanded(k), id);
    const atA = await screenPoint(page, a!);
    const atB = await screenPoint(page, b!);
    await page.mouse.click(atA.x, atA.y);
    await page.mouse.click(atB.x, atB.y);
    await page.waitForTimeout(600);
    await idle(page);
    expect([await expanded(a!), await expanded(b!)]).toEqual([false, false]);
    await settled(page);
    const at = await screenPoint(page, a!);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction((k) => (window as any).kamergraaf.graph.isExpanded(k), a!, { timeout: 20_000 });
    await page.close();
  });

  it("raised no uncaught page errors", () => {
    expect(h.pageErrors).toEqual([]);
  });
});
