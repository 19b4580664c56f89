import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { workerExtract } from "./extract-in-worker.ts";

const seed = new URL("../../seeds/", import.meta.url);

describe("extraction in a worker thread", () => {
  it("gives the same extraction as the pipeline, off the event loop", async () => {
    const { extractDocument } = await import("../../extract/pipeline/extract-document.ts");
    const file = "001_a3d1663899aa11c6.txt";
    const text = readFileSync(new URL(file, seed), "utf8");
    const viaWorker = await workerExtract()(file, text);
    const direct = extractDocument(file, text);
    expect(viaWorker.entities.map((e) => e.id)).toEqual(direct.entities.map((e) => e.id));
    expect(viaWorker.relations.length).toBe(direct.relations.length);
  }, 60_000);

  it("stops a document past its deadline with that reason, and the next document still extracts", async () => {
    const extract = workerExtract({ timeoutMs: 20, msPerMb: 0 });
    const junk = "Stichting Minister Van Der Rekenkamer ".repeat(20_000);
    await expect(extract("junk.txt", junk)).rejects.toThrow(/took longer than/);
    const next = await workerExtract({ timeoutMs: 60_000 })("small.txt", "Vragen van het lid Jansen (SP) aan de minister van Financiën.");
    expect(next.entities.length).toBeGreaterThan(0);
  }, 60_000);
});
