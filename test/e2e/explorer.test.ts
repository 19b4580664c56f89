/**
 * End-to-end: the explorer in a real headless Chromium against the real server
 * (server/main.ts) and the test Neo4j, with the seeds ingested through the
 * ingestion endpoint. Screenshots of each main view go to test-results/screenshots/.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../../server/db/gateway.ts";
import { testGateway } from "../support/test-neo4j.ts";
import { launchChromium, type LaunchedBrowser } from "./support/chromium.ts";
import { ensureClientBuild, ingest, ROOT, seedDocuments, startExplorerServer, type ExplorerServer } from "./support/explorer-server.ts";

const SHOTS = join(ROOT, "test-results", "screenshots");
const today = new Date().toISOString().slice(0, 10);
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

// A document whose text carries live markup: it must render as text.
const INERT_KEY = `e2e-${randomBytes(4).toString("hex")}-inert`;
const INERT_TEXT = [
  "Kamervraag 2099Z99999",
  "",
  `Inerte titel <img src=x onerror="window.__xss='title'"> <script>window.__xss='title-script'</script>`,
  "",
  "Ingediend 1 februari 2023",
  " • Vraag 1",
  "  Wat gebeurt er met <script>window.__xss='script'</script> in een vraag?",
  "",
  `  Niets: <img src=x onerror="window.__xss='img'"> blijft tekst, net als <b>vet</b> en <iframe src="javascript:window.__xss='iframe'"></iframe>.`,
  "",
].join("\n");

let server: ExplorerServer;
let browser: LaunchedBrowser;
let gateway: Gateway;
let page: Page;
const pageErrors: string[] = [];

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${server.url}/api/${path}`);
  if (!response.ok) throw new Error(`GET /api/${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function idle(p: Page = page): Promise<void> {
  await p.waitForFunction(() => document.body.dataset.restored === "true" && document.body.dataset.busy !== "true", undefined, { timeout: 30_000 });
}

/** Idle, and the viewport and every node have stopped moving (layouts and view animations finish). */
async function settled(p: Page = page): Promise<void> {
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

async function shot(name: string, p: Page = page): Promise<void> {
  await p.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Types into a search box and picks the suggestion for entity `key`. */
async function pick(p: Page, inputSelector: string, query: string, key: string): Promise<string> {
  const input = p.locator(inputSelector);
  await input.fill("");
  await input.pressSequentially(query, { delay: 30 });
  const listId = await input.getAttribute("aria-controls");
  const option = p.locator(`#${listId} li[data-key="${key}"]`);
  await option.waitFor({ timeout: 15_000 });
  await option.dispatchEvent("mousedown");
  return key;
}

const cyNodeIds = (p: Page) => p.evaluate(() => (window as any).kamergraaf.graph.cy.nodes().map((n: any) => n.id()).sort() as string[]);

describe("explorer (browser, real server)", () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ensureClientBuild();
    gateway = testGateway();
    await ingest(gateway, seedDocuments());
    await ingest(gateway, [{ name: `${INERT_KEY}.txt`, content: INERT_TEXT }]);
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
    if (gateway) {
      // The inert document is this test's own: remove it and everything hanging off it.
      await gateway.write(
        `MATCH (d:Document {key: $key})
         OPTIONAL MATCH (d)-[:HAS_QUESTION]->(q:Question)
         OPTIONAL MATCH (x) WHERE (x:Mention OR x:Evidence OR x:Commitment) AND x.docKey = $key
         DETACH DELETE d, q, x`,
        { key: INERT_KEY },
      );
      await gateway.close();
    }
  });

  it("search UBR, expand it, click the UBR–NTF edge: the evidence panel shows the source sentence", async () => {
    const ubr = await pick(page, "#entity-search", "UBR", "ubr");
    await page.waitForFunction((key) => (window as any).kamergraaf.graph.cy.getElementById(key).nonempty(), ubr);
    await idle();
    const nodes = await cyNodeIds(page);
    expect(nodes.length).toBeGreaterThan(2);
    await expect.poll(() => page.locator("#side-panel h2").first().textContent()).toMatch(/UBR|Bedrijfsvoering/);
    await page.locator("#side-panel .relation-list").waitFor({ timeout: 15_000 });
    await settled();
    await shot("01-graph-ubr-expanded");

    // The UBR–NTF edge (prefer FUNDED, the one the seed states), brought into view and clicked on the canvas.
    const edgeId = await page.evaluate((key) => {
      const cy = (window as any).kamergraaf.graph.cy;
      const isNtf = (n: any) => [n.data("label"), ...(n.data("aliases") ?? [])].some((name: string) => /^(NTF|New Trust Foundation)$/i.test(name));
      const ntf = cy.getElementById(key).neighborhood("node").filter(isNtf).first();
      const between = cy.getElementById(key).edgesWith(ntf);
      const edge = between.filter('[type = "FUNDED"]').nonempty() ? between.filter('[type = "FUNDED"]').first() : between.first();
      if (edge.empty()) return null;
      cy.fit(edge, 250);
      return edge.id() as string;
    }, ubr);
    expect(edgeId, "an edge between UBR and NTF is shown after expanding UBR").not.toBeNull();
    await settled();
    const target = await page.evaluate((id) => {
      const cy = (window as any).kamergraaf.graph.cy;
      const mid = cy.getElementById(id).renderedMidpoint();
      const box = cy.container().getBoundingClientRect();
      return { id, x: box.left + mid.x, y: box.top + mid.y };
    }, edgeId!);
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => page.evaluate(() => (window as any).kamergraaf.state().selected)).toBe(target.id);
    await page.locator(".evidence-list li").first().waitFor({ timeout: 15_000 });

    const evidence = await api<{ evidence: { quote: string; docTitle: string }[] }>(`relations/${encodeURIComponent(target.id)}/evidence`);
    expect(evidence.evidence.length).toBeGreaterThan(0);
    const panel = squash((await page.locator("#side-panel").textContent()) ?? "");
    for (const item of evidence.evidence) {
      expect(panel).toContain(squash(item.quote));
      expect(panel).toContain(squash(item.docTitle));
    }
    expect(squash(evidence.evidence.map((e) => e.quote).join(" "))).toMatch(/NTF/);
    await shot("02-edge-evidence");

    // The quote opens in its document, highlighted in context.
    await page.locator(".evidence-list li .open-doc").first().click();
    const focus = page.locator("#doc-viewer .doc-body mark.focus");
    await focus.first().waitFor({ timeout: 15_000 });
    const marked = squash((await focus.allTextContents()).join(""));
    expect(squash(evidence.evidence[0]!.quote)).toContain(marked.slice(0, 40));
    await shot("03-document-viewer-quote");
    await page.locator("#doc-viewer .doc-close").click();
  });

  it("path finder links UBR to X-systems", async () => {
    const from = await pick(page, ".path-from input", "UBR", "ubr");
    const to = await pick(page, ".path-to input", "X-systems", "x-systems");
    await page.locator("#find-paths").click();
    await page.locator(".path-result ol li").first().waitFor({ timeout: 20_000 });
    await settled();
    const onPath = await page.evaluate(() => (window as any).kamergraaf.graph.cy.nodes(".path").map((n: any) => n.id()) as string[]);
    expect(onPath).toContain(from);
    expect(onPath).toContain(to);
    expect(await page.locator(".path-result ol li").first().textContent()).toMatch(/X-systems/i);
    await shot("04-path-ubr-x-systems");
  });

  it("a shared URL restores the same view (entities, filters, selection)", async () => {
    // Hide parties, then select an edge, so filters and selection are part of the state.
    await page.locator("#filter-node-Party").uncheck();
    const selectedEdge = await page.evaluate(() => {
      const app = (window as any).kamergraaf;
      // An edge with evidence, so the restored page has something to show in the panel.
      const edge = app.graph.cy.edges('[evidenceCount > 0]').not(".filtered").first();
      edge.emit("tap");
      return edge.id() as string;
    });
    await page.locator(".evidence-list li").first().waitFor({ timeout: 15_000 });
    const url = page.url();
    expect(url).toContain("#");
    const before = await cyNodeIds(page);

    const second = await browser.context.newPage();
    second.on("pageerror", (error) => pageErrors.push(String(error)));
    await second.goto(url);
    await idle(second);
    await expect.poll(() => cyNodeIds(second), { timeout: 20_000 }).toEqual(before);
    expect(await second.evaluate(() => (window as any).kamergraaf.state().selected)).toBe(selectedEdge);
    expect(await second.locator("#filter-node-Party").isChecked()).toBe(false);
    const hiddenParties = await second.evaluate(() => (window as any).kamergraaf.graph.cy.nodes('[type = "Party"]').not(".filtered").length);
    expect(hiddenParties).toBe(0);
    await second.locator(".evidence-list li").first().waitFor({ timeout: 15_000 });
    await shot("05-restored-from-url", second);
    await second.close();
    await page.locator("#filter-node-Party").check();
  });

  it("commitments view lists a commitment with its due date", async () => {
    const { commitments } = await api<{ commitments: { key: string; due: string | null; status: string }[] }>(`commitments?status=all&asOf=${today}`);
    const dated = commitments.find((c) => c.due);
    expect(dated, "the seeds contain at least one commitment with a due date").toBeDefined();
    await page.locator(".tab[data-view=commitments]").click();
    const row = page.locator(`#commitments-view tr[data-key="${dated!.key}"]`);
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain(dated!.due!);
    expect(await row.textContent()).toContain(dated!.status);
    expect(await page.locator("#commitments-view svg circle").count()).toBe(commitments.filter((c) => c.due).length);
    await shot("06-commitments");
    await row.locator("button.link").click();
    await page.locator("#doc-viewer mark.focus").first().waitFor({ timeout: 15_000 });
    await page.locator("#doc-viewer .doc-close").click();
  });

  it("a document containing <script> and <img onerror> renders inert", async () => {
    // about:blank first: a hash-only change would not reload the page.
    await page.goto("about:blank");
    await page.goto(`${server.url}/#doc=${INERT_KEY}`);
    await idle();
    const dialog = page.locator("#doc-viewer");
    await dialog.locator(".doc-body").waitFor({ timeout: 15_000 });
    const text = (await dialog.textContent()) ?? "";
    expect(text).toContain("<script>window.__xss='script'</script>");
    expect(text).toContain(`<img src=x onerror="window.__xss='img'">`);
    await page.waitForTimeout(500); // give a (wrongly) created img time to fail loading and fire onerror
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(await page.locator("#doc-viewer img, #doc-viewer script, #doc-viewer iframe, #doc-viewer b").count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll("img, iframe").length)).toBe(0);
    await shot("07-inert-document");
    await dialog.locator(".doc-close").click();
  });

  it("conflict-of-interest findings open their subgraph with evidence", async (ctx) => {
    const response = await fetch(`${server.url}/api/findings`);
    if (response.status === 404) ctx.skip(); // not served by this server build: reported, not faked
    const { findings } = (await response.json()) as { findings: { id: string; entities: string[] }[] };
    await page.locator(".tab[data-view=findings]").click();
    await page.locator("#findings-view .finding, #findings-view p").first().waitFor({ timeout: 15_000 });
    await shot("08-findings");
    if (!findings.length) return;
    await page.locator(`#findings-view .finding[data-id="${findings[0]!.id}"] button`).click();
    await idle();
    const shown = await cyNodeIds(page);
    for (const key of findings[0]!.entities) expect(shown).toContain(key);
    await page.locator("#side-panel .evidence-list li").first().waitFor({ timeout: 15_000 });
    await shot("09-finding-subgraph");
  });

  it("exports the current view as GraphML and CSV, and refuses a view over the element cap", async () => {
    await page.locator(".tab[data-view=graph]").click();
    const shown = await cyNodeIds(page);
    expect(shown.length).toBeGreaterThan(0);
    const [graphml] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "GraphML" }).click()]);
    const xml = await readFile((await graphml.path())!, "utf8");
    for (const key of shown) expect(xml).toContain(`<node id="${key.replaceAll("&", "&amp;")}">`);
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Edges CSV" }).click()]);
    const edgeLines = (await readFile((await csv.path())!, "utf8")).trim().split("\r\n");
    expect(edgeLines[0]).toBe("id,source,target,type,label,evidenceCount,firstDate,lastDate"); // the columns of GET /api/export
    expect(edgeLines.length - 1).toBe(await page.evaluate(() => (window as any).kamergraaf.graph.cy.edges().not(".filtered").length));

    // 20,100 synthetic nodes cannot join the view: nothing is added and the user is told why.
    const outcome = await page.evaluate(() => {
      const graph = (window as any).kamergraaf.graph;
      const before = graph.cy.elements().length;
      const nodes = Array.from({ length: 20_100 }, (_, i) => ({ data: { id: `cap-test-${i}`, label: `n${i}`, type: "Person" } }));
      const added = graph.addElements({ nodes, edges: [] });
      return { added, before, after: graph.cy.elements().length, message: document.getElementById("message")!.textContent };
    });
    expect(outcome.added).toBeNull();
    expect(outcome.after).toBe(outcome.before);
    expect(outcome.message).toMatch(/at most 20000/);
  });

  it("raised no uncaught page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
