/**
 * Browser tests of the explorer defects of issue 13 (numbered as there), in
 * headless Chromium against the real server on the seed graph. Each failed
 * on the code before its fix.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expand, idle, nodeIds, pick, screenPoint, settled, shot, startHarness, type ExplorerHarness } from "./support/explorer-page.ts";

let h: ExplorerHarness;
const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const today = new Date().toISOString().slice(0, 10);

interface Rect { top: number; bottom: number; left: number; right: number }
const rectOf = (p: Page, selector: string) =>
  p.locator(selector).first().evaluate((node) => {
    const r = node.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });

/** The quote's mark is inside the dialog's visible area, below its sticky header. */
async function expectFocusInView(p: Page): Promise<void> {
  const mark = p.locator("#doc-viewer .doc-body mark.focus").first();
  await mark.waitFor({ timeout: 15_000 });
  await p.waitForTimeout(300);
  const m: Rect = await rectOf(p, "#doc-viewer .doc-body mark.focus");
  const dialog: Rect = await rectOf(p, "#doc-viewer");
  const header: Rect = await rectOf(p, "#doc-viewer .doc-header");
  expect(m.top, "quote below the header").toBeGreaterThanOrEqual(header.bottom - 1);
  expect(m.top, "quote starts inside the dialog").toBeLessThan(dialog.bottom);
}

async function cypher<T>(query: string): Promise<T[]> {
  const result = await h.api<{ rows: T[] }>("cypher", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, params: {} }) });
  return result.rows;
}

describe("explorer defects (issue 13)", { timeout: 150_000 }, () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("1: the context menu is not drawn until opened, and closes after an item, Escape and a canvas click", async () => {
    const page = await h.open();
    expect(await page.locator(".context-menu").isVisible(), "no empty menu box on a fresh page").toBe(false);
    await pick(page, "#entity-search", "UBR", "ubr");
    await settled(page);
    const at = await screenPoint(page, "ubr");
    const menu = page.locator(".context-menu");
    await page.mouse.click(at.x, at.y, { button: "right" });
    await menu.waitFor({ state: "visible" });
    await page.keyboard.press("Escape");
    expect(await menu.isVisible(), "Escape closes it").toBe(false);
    await page.mouse.click(at.x, at.y, { button: "right" });
    await menu.waitFor({ state: "visible" });
    await menu.getByRole("menuitem", { name: "Pin position" }).click();
    expect(await menu.isVisible(), "choosing an item closes it").toBe(false);
    expect(await page.evaluate(() => (window as any).kamergraaf.graph.isPinned("ubr"))).toBe(true);
    await page.mouse.click(at.x, at.y, { button: "right" });
    await menu.waitFor({ state: "visible" });
    const canvas = await rectOf(page, "#cy");
    await page.mouse.click(canvas.left + 5, canvas.top + 5);
    expect(await menu.isVisible(), "a canvas click closes it").toBe(false);
    await page.close();
  });

  it("2: 'Show in document', a commitment's Source and a shared link scroll the quoted sentence into view", async () => {
    // The commitment stated furthest into its document: the top of the document is far from it.
    const { commitments } = await h.api<{ commitments: { key: string; docKey: string; start: number; end: number }[] }>(`commitments?status=all&asOf=${today}`);
    const deepest = [...commitments].sort((a, b) => b.start - a.start)[0]!;
    expect(deepest.start).toBeGreaterThan(1500);
    const page = await h.open();
    await page.locator(".tab[data-view=commitments]").click();
    await page.locator(`#commitments-view tr[data-key="${deepest.key}"] button.link`).click();
    await expectFocusInView(page);
    await shot(page, "evidence-scrolled-to-quote-commitment");
    await page.locator("#doc-viewer .doc-close").click();

    // Evidence in the side panel: the edge whose first sentence is deepest in its document.
    await page.locator(".tab[data-view=graph]").click();
    await pick(page, "#entity-search", "UBR", "ubr");
    const edges = await page.evaluate(() => (window as any).kamergraaf.graph.cy.edges("[evidenceCount > 0]").map((e: any) => e.id()) as string[]);
    let best = { id: "", start: -1 };
    for (const id of edges) {
      const { evidence } = await h.api<{ evidence: { start: number }[] }>(`relations/${encodeURIComponent(id)}/evidence`);
      if (evidence[0] && evidence[0].start > best.start) best = { id, start: evidence[0].start };
    }
    expect(best.start).toBeGreaterThan(1500);
    await page.evaluate((id) => (window as any).kamergraaf.graph.cy.getElementById(id).emit("tap"), best.id);
    await page.locator(".evidence-list li .open-doc").first().click();
    await expectFocusInView(page);
    await shot(page, "evidence-scrolled-to-quote");
    await page.close();

    const shared = await h.open(`doc=${encodeURIComponent(deepest.docKey)}&at=${deepest.start}-${deepest.end}`);
    await expectFocusInView(shared);
    await shared.close();
  });

  it("3: 'Relations in view' follows the graph when a neighbour is expanded", async () => {
    const page = await h.open();
    await pick(page, "#entity-search", "UBR", "ubr");
    const ntf = await page.evaluate(() => {
      const cy = (window as any).kamergraaf.graph.cy;
      const node = cy.nodes().filter((n: any) => n.data("label") === "NTF" || (n.data("aliases") ?? []).includes("NTF")).first();
      node.emit("tap");
      return node.id() as string;
    });
    await page.locator("#side-panel .relation-list").waitFor();
    const count = () => page.locator("#side-panel .relation-list li").count();
    const before = await count();
    await page.locator("#side-panel .actions button", { hasText: "Expand" }).click();
    await settled(page);
    const shown = await page.evaluate((id) => (window as any).kamergraaf.graph.cy.getElementById(id).connectedEdges().length as number, ntf);
    expect(shown).toBeGreaterThan(before);
    await expect.poll(count).toBe(shown);
    await page.close();
  });

  it("4: shared links with a document node or a vanished entity restore, keep pins, drop a stale selection and follow a changed hash", async () => {
    const [pair] = await cypher<{ entity: string; doc: string }>("MATCH (e:Entity)-[:ASKED|ANSWERED]->(d:Document) RETURN e.key AS entity, d.key AS doc LIMIT 1");
    expect(pair).toBeDefined();
    const errorsBefore = h.pageErrors.length;
    const withDoc = await h.open(`show=${encodeURIComponent(pair!.entity)},${encodeURIComponent(`doc:${pair!.doc}`)},ubr,no-such-entity-e2e`);
    await expect.poll(() => nodeIds(withDoc)).toEqual([pair!.entity, `doc:${pair!.doc}`, "ubr"].sort());
    expect(h.pageErrors.slice(errorsBefore)).toEqual([]);
    expect(await withDoc.evaluate((id) => (window as any).kamergraaf.graph.cy.getElementById(id).connectedEdges().length, `doc:${pair!.doc}`)).toBeGreaterThan(0);
    expect(await withDoc.locator("#message").textContent()).toMatch(/no-such-entity-e2e/);

    // Pins: a pinned node comes back pinned, where it was.
    await withDoc.evaluate(() => {
      const app = (window as any).kamergraaf;
      app.graph.cy.getElementById("ubr").position({ x: 321, y: -123 });
      app.togglePin("ubr");
    });
    await withDoc.waitForFunction(() => location.hash.includes("pin="));
    const pinnedUrl = withDoc.url();
    const again = await h.open(pinnedUrl.split("#")[1]);
    await settled(again);
    const ubr = await again.evaluate(() => {
      const n = (window as any).kamergraaf.graph.cy.getElementById("ubr");
      return { pinned: n.hasClass("pinned"), locked: n.locked(), x: Math.round(n.position("x")), y: Math.round(n.position("y")) };
    });
    expect(ubr).toEqual({ pinned: true, locked: true, x: 321, y: -123 });

    // A removed node leaves no selection behind.
    await again.evaluate(() => (window as any).kamergraaf.graph.cy.getElementById("ubr").emit("tap"));
    await again.waitForFunction(() => location.hash.includes("sel=ubr"));
    await again.locator("#side-panel .actions button", { hasText: "Remove" }).click();
    await idle(again);
    expect(await again.evaluate(() => (window as any).kamergraaf.state().selected)).toBeNull();
    expect(again.url()).not.toContain("sel=");

    // A new hash typed into the open tab loads that view.
    await again.evaluate(() => (location.hash = "#exp=ubr"));
    await expect.poll(() => again.evaluate(() => (window as any).kamergraaf.graph.cy.nodes().length), { timeout: 20_000 }).toBeGreaterThan(3);
    await idle(again);
    expect(await again.evaluate(() => (window as any).kamergraaf.graph.isExpanded("ubr"))).toBe(true);
    expect(h.pageErrors.slice(errorsBefore)).toEqual([]);
    await withDoc.close();
    await again.close();
  });

  it("6: suggestions never open after focus left, do not cover Find paths and fit the panel", async () => {
    const page = await h.open();
    const from = page.locator(".path-from input");
    await from.pressSequentially("UBR", { delay: 20 });
    await page.keyboard.press("Tab"); // leave before the debounce fires
    await page.waitForTimeout(1200);
    const listId = await from.getAttribute("aria-controls");
    expect(await page.locator(`#${listId}`).isVisible(), "no list after focus left").toBe(false);
    const button = await rectOf(page, "#find-paths");
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id ?? document.elementFromPoint(x, y)?.tagName, { x: (button.left + button.right) / 2, y: (button.top + button.bottom) / 2 });
    expect(hit).toBe("find-paths");

    await from.fill("");
    await from.pressSequentially("ministerie", { delay: 20 });
    await page.locator(`#${listId} li`).first().waitFor();
    const list = await rectOf(page, `#${listId}`);
    const panel = await rectOf(page, "#left-panel");
    expect(list.right).toBeLessThanOrEqual(panel.right + 0.5);
    const overflow = await page.locator(`#${listId}`).evaluate((ul) => ul.scrollWidth - ul.clientWidth);
    expect(overflow, "entries wrap instead of running out of the list").toBeLessThanOrEqual(0);
    await page.close();
  });

  it("7: findings show their sentences, the panel labels each relation once, titles claim only what the edges say", async () => {
    const { findings } = await h.api<{ findings: { id: string; title: string; relations: string[]; evidence: { quote: string | null }[] }[] }>("findings");
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      if (/set up|founded/i.test(f.title)) expect(f.relations.some((k) => k.startsWith("FOUNDED|")), `${f.title}`).toBe(true);
    }
    const page = await h.open();
    await page.locator(".tab[data-view=findings]").click();
    const first = findings[0]!;
    const card = page.locator(`#findings-view .finding[data-id="${first.id}"]`);
    await card.waitFor();
    const quotes = new Set(first.evidence.map((e) => squash(e.quote ?? "")).filter(Boolean));
    expect(await card.locator("blockquote").count()).toBe(quotes.size);
    const cardText = squash((await card.textContent()) ?? "");
    for (const q of quotes) expect(cardText).toContain(q.slice(0, 60));

    await card.locator("button", { hasText: "Open subgraph" }).click();
    await idle(page);
    await page.locator("#side-panel .evidence-list li").first().waitFor();
    const items = await page.locator("#side-panel .evidence-list li").evaluateAll((lis) =>
      lis.map((li) => ({ quote: li.querySelector("blockquote")?.textContent ?? "", relation: li.querySelector(".evidence-relation")?.textContent ?? "" })),
    );
    const keys = items.map((i) => `${i.relation}\n${i.quote}`);
    expect(new Set(keys).size, "no sentence repeated for one relation").toBe(keys.length);
    for (const item of items) expect(item.relation.trim(), "each sentence names its relation").not.toBe("");
    await page.close();
  });

  it("8: a loading indicator, a usable wheel zoom, a labelled search box and keyboard access to nodes", async () => {
    const warnings: string[] = [];
    const page = await h.browser.context.newPage();
    page.on("console", (m) => warnings.push(m.text()));
    await page.route("**/api/entities/*/neighbourhood*", async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.route("**/api/view", async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(`${h.server.url}/`);
    await idle(page);
    expect(warnings.filter((w) => /wheel sensitivity/i.test(w))).toEqual([]);

    const search = page.getByLabel("Search entities", { exact: true });
    expect(await search.getAttribute("id")).toBe("entity-search");
    await search.pressSequentially("UBR", { delay: 30 });
    await page.locator(`#entity-search-list li[data-key="ubr"], [role=listbox] li[data-key="ubr"]`).first().dispatchEvent("mousedown");
    await page.locator("#loading-indicator").waitFor({ state: "visible", timeout: 1000 });
    await settled(page);
    expect(await page.locator("#loading-indicator").isVisible()).toBe(false);

    const zoom = () => page.evaluate(() => (window as any).kamergraaf.graph.cy.zoom() as number);
    const before = await zoom();
    const canvas = await rectOf(page, "#cy");
    await page.mouse.move((canvas.left + canvas.right) / 2, (canvas.top + canvas.bottom) / 2);
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(300);
    // Measured with Cytoscape's default: ~4.7 % a notch; the issue reported ~1 % with wheelSensitivity 0.3.
    expect(Math.abs((await zoom()) / before - 1), "one wheel notch zooms at least 3 %").toBeGreaterThan(0.03);

    // Keyboard: Tab reaches the canvas, arrows walk the nodes, Enter expands.
    await page.locator("#cy").focus();
    expect(await page.locator("#cy").getAttribute("tabindex")).toBe("0");
    await page.keyboard.press("ArrowRight");
    const selected = await page.evaluate(() => (window as any).kamergraaf.state().selected as string | null);
    expect(selected).not.toBeNull();
    await page.keyboard.press("ArrowRight");
    const next = await page.evaluate(() => (window as any).kamergraaf.state().selected as string | null);
    expect(next).not.toBe(selected);
    await expect.poll(() => page.locator("#side-panel h2").first().textContent()).toBe(await page.evaluate((id) => (window as any).kamergraaf.graph.cy.getElementById(id).data("label"), next));
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => (window as any).kamergraaf.graph.isExpanded(id), next, { timeout: 20_000 });
    await page.close();
  });

  it("9: layouts do not stack labels (incremental fcose after two expansions, breadth-first)", async () => {
    const page = await h.open();
    await pick(page, "#entity-search", "UBR", "ubr");
    await settled(page);
    const ntf = await page.evaluate(() => (window as any).kamergraaf.graph.cy.nodes().filter((n: any) => n.data("label") === "NTF" || (n.data("aliases") ?? []).includes("NTF")).first().id());
    await expand(page, ntf);
    const overlaps = () =>
      page.evaluate(() => {
        const cy = (window as any).kamergraaf.graph.cy;
        const boxes = cy.nodes().not(".filtered").map((n: any) => ({ id: n.id(), b: n.boundingBox({ includeLabels: true, includeOverlays: false }) }));
        const hits: string[] = [];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i].b;
            const b = boxes[j].b;
            if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) hits.push(`${boxes[i].id}~${boxes[j].id}`);
          }
        return hits;
      });
    const o = await overlaps();
    if (o.length) console.log("9:", JSON.stringify(await page.evaluate((pairs) => pairs.map((p: string) => p.split("~").map((id) => { const n = (window as any).kamergraaf.graph.cy.getElementById(id); return { id, addedBy: n.data("addedBy"), locked: n.locked(), bb: n.boundingBox({ includeLabels: true }) }; })), o)));
    expect(o, "incremental fcose").toEqual([]);
    await page.locator("#layout-select").selectOption("breadthfirst");
    await settled(page);
    expect(await overlaps(), "breadth-first").toEqual([]);
    const rows = await page.evaluate(() => new Set((window as any).kamergraaf.graph.cy.nodes().map((n: any) => Math.round(n.position("y")))).size);
    expect(rows, "breadth-first uses more than one row").toBeGreaterThan(1);
    await page.close();
  });

  it("10: a big shared link restores in one request; long sentences are clipped; favicon; singular counts", async () => {
    const page = await h.open();
    await pick(page, "#entity-search", "UBR", "ubr");
    for (const key of await page.evaluate(() => (window as any).kamergraaf.graph.cy.nodes().filter((n: any) => n.data("type") === "Organisation").map((n: any) => n.id()).slice(0, 6))) {
      await expand(page, key);
    }
    const shown = await nodeIds(page);
    expect(shown.length).toBeGreaterThan(15);
    const hash = page.url().split("#")[1]!;
    await page.close();

    const restored = await h.browser.context.newPage();
    const requests: string[] = [];
    const missing: string[] = [];
    restored.on("request", (r) => {
      // Requests that fetch graph elements (the side panel's entity details are not part of the view).
      if (/\/api\/(view|paths|entities\/[^/]+\/neighbourhood)/.test(r.url())) requests.push(r.url());
    });
    restored.on("response", (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    const t0 = Date.now();
    await restored.goto(`${h.server.url}/#${hash}`);
    await idle(restored);
    console.log(`restored ${shown.length} nodes in ${Date.now() - t0} ms with ${requests.length} API requests`);
    expect(await nodeIds(restored)).toEqual(shown);
    expect(requests.length, requests.join("\n")).toBe(1);
    expect(missing, "no 404 (favicon included)").toEqual([]);

    // An evidence "sentence" of 3,362 characters is clipped, and can be shown whole.
    const long = "Zin ".repeat(840) + "einde.";
    await restored.route("**/api/relations/*/evidence", async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      body.evidence = body.evidence.map((e: { quote: string }) => ({ ...e, quote: long }));
      await route.fulfill({ response, json: body });
    });
    await restored.evaluate(() => (window as any).kamergraaf.graph.cy.edges("[evidenceCount > 0]").first().emit("tap"));
    const quote = restored.locator("#side-panel .evidence-list blockquote").first();
    await quote.waitFor();
    expect(((await quote.textContent()) ?? "").length).toBeLessThan(700);
    await restored.locator("#side-panel .evidence-list .show-whole").first().click();
    expect(((await quote.textContent()) ?? "").length).toBe(long.length);

    const [single] = await cypher<{ key: string }>("MATCH (e:Entity)<-[:REFERS_TO]-(m:Mention) WITH e, count(m) AS n WHERE n = 1 RETURN e.key AS key LIMIT 1");
    if (single) {
      await restored.evaluate(async (key) => {
        const app = (window as any).kamergraaf;
        await app.openEntity(key);
      }, single.key);
      await restored.locator("#side-panel .entity-counts").waitFor();
      const counts = (await restored.locator("#side-panel .entity-counts").textContent()) ?? "";
      expect(counts).toMatch(/\b1 mention\b/);
      expect(counts).not.toMatch(/\b1 (mentions|relations|documents)\b/);
    }
    await restored.close();
  });

  it("raised no uncaught page errors", () => {
    expect(h.pageErrors).toEqual([]);
  });
});
