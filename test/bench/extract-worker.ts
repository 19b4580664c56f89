/**
 * Worker thread of the extraction benchmark: reads its share of the corpus,
 * warms up, waits for "go", then runs the pipeline (or the compromise
 * baseline) over every document and reports bytes and time. Timing
 * starts at "go" so module loading and JIT warm-up are not counted.
 */
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { extractDocument } from "../../extract/pipeline/extract-document.ts";
import { compromiseTag, type WorkerJob, type WorkerReport } from "./extract-job.ts";

const job = workerData as WorkerJob;
const docs = job.files.map((f) => ({ file: f, text: readFileSync(f, "utf8") }));
const run = (text: string, file: string) => (job.mode === "extract" ? extractDocument(file, text) : compromiseTag(text));
// warm-up: every rule regex is compiled and tiered up on first use; neither side should pay for that in the timing
for (const d of docs.slice(0, 10)) run(d.text, d.file);

parentPort!.once("message", () => {
  const t0 = performance.now();
  let bytes = 0;
  for (const d of docs) {
    run(d.text, d.file);
    bytes += Buffer.byteLength(d.text);
  }
  const report: WorkerReport = { bytes, ms: performance.now() - t0 };
  parentPort!.postMessage(report);
});
parentPort!.postMessage("ready");
