/**
 * Undo / redo of view changes (issue 13): expand, remove, collapse, filter,
 * layout, open subgraph and clear are undone with Ctrl+Z and redone with
 * Ctrl+Shift+Z; Clear asks nothing; browser Back walks the view history.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expand, idle, nodeIds, pick, settled, startHarness, type ExplorerHarness } from "./support/explorer-page.ts";

let h: ExplorerHarness;

const positions = (p: Page) => p.evaluate(() => Object.fromEntries((window as any).kamergraaf.graph.cy.nodes().map((n: any) => [n.id(), { x: Math.round(n.position("x")), y: Math.round(n.position("y")) }])));
async function keys(p: Page, combo: string): Promise<void> {
  await p.locator("#cy").focus();
  await p.keyboard.press(combo);
  await idle(p);
  await settled(p);
}

describe("explorer view history", { timeout: 150_000 }, () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("undoes and redoes expand, remove, collapse, filter, layout, open subgraph and clear", async () => {
    const page = await h.open();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await pick(page, "#entity-search", "UBR", "ubr");
    await settled(page);
    const one = await nodeIds(page);
    const onePositions = await positions(page);
    const ntf = await page.evaluate(() => (window as any).kamergraaf.graph.cy.nodes().filter((n: any) => n.data("label") === "NTF" || (n.data("aliases") ?? []).includes("NTF")).first().id() as string);
    await expand(page, ntf);
    const two = await nodeIds(page);
    expect(two.length).toBeGreaterThan(one.length);

    await keys(page, "Control+z");
    expect(await nodeIds(page), "undo expand").toEqual(one);
    expect(await positions(page), "undo puts nodes back where they were").toEqual(onePositions);
    expect(await page.evaluate((k) => (window as any).kamergraaf.graph.isExpanded(k), ntf)).toBe(false);
    await keys(page, "Control+Shift+z");
    expect(await nodeIds(page), "redo expand").toEqual(two);

    // remove
    await page.evaluate((k) => (window as any).kamergraaf.graph.remove(k), ntf);
    await idle(page);
    expect(await nodeIds(page)).not.toContain(ntf);
    await keys(page, "Control+z");
    expect(await nodeIds(page), "undo remove").toEqual(two);

    // collapse
    await page.evaluate((k) => (window as any).kamergraaf.graph.collapse(k), ntf);
    await idle(page);
    const collapsed = await nodeIds(page);
    expect(collapsed.length).toBeLessThan(two.length);
    await keys(page, "Control+z");
    expect(await nodeIds(page), "undo collapse").toEqual(two);

    // filter
    const visible = () => page.evaluate(() => (window as any).kamergraaf.graph.cy.nodes().not(".filtered").length as number);
    const allVisible = await visible();
    await page.locator("#filter-node-Person").uncheck();
    await idle(page);
    expect(await visible()).toBeLessThan(allVisible);
    await keys(page, "Control+z");
    expect(await visible(), "undo filter").toBe(allVisible);
    expect(await page.locator("#filter-node-Person").isChecked()).toBe(true);

    // layout
    const fcosePositions = await positions(page);
    await page.locator("#layout-select").selectOption("concentric");
    await settled(page);
    await keys(page, "Control+z");
    expect(await page.locator("#layout-select").inputValue()).toBe("fcose");
    expect(await positions(page), "undo layout").toEqual(fcosePositions);

    // open subgraph (a finding)
    await page.locator(".tab[data-view=findings]").click();
    await page.locator("#findings-view .finding button", { hasText: "Open subgraph" }).first().click();
    await idle(page);
    await settled(page);
    const finding = await nodeIds(page);
    expect(finding).not.toEqual(two);
    await keys(page, "Control+z");
    expect(await nodeIds(page), "undo open subgraph").toEqual(two);

    // clear: no confirmation, undoable
    await page.locator("#graph-toolbar button", { hasText: "Clear" }).click();
    await idle(page);
    expect(await nodeIds(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    await keys(page, "Control+z");
    expect(await nodeIds(page), "undo clear").toEqual(two);
    await keys(page, "Control+Shift+z");
    expect(await nodeIds(page), "redo clear").toEqual([]);
    await page.close();
  });

  it("browser Back moves through the view history and stays in the app", async () => {
    const page = await h.open();
    await pick(page, "#entity-search", "UBR", "ubr");
    await settled(page);
    const one = await nodeIds(page);
    const ntf = await page.evaluate(() => (window as any).kamergraaf.graph.cy.nodes().filter((n: any) => n.data("label") === "NTF" || (n.data("aliases") ?? []).includes("NTF")).first().id() as string);
    await expand(page, ntf);
    const two = await nodeIds(page);
    await page.goBack();
    await idle(page);
    expect(page.url()).toContain(h.server.url);
    await expect.poll(() => nodeIds(page)).toEqual(one);
    await page.goBack();
    await idle(page);
    expect(page.url().startsWith(h.server.url)).toBe(true);
    await expect.poll(() => nodeIds(page)).toEqual([]);
    await page.goForward();
    await idle(page);
    await expect.poll(() => nodeIds(page)).toEqual(one);
    await page.goForward();
    await idle(page);
    await expect.poll(() => nodeIds(page)).toEqual(two);
    await page.close();
  });

  it("raised no uncaught page errors", () => {
    expect(h.pageErrors).toEqual([]);
  });
});
