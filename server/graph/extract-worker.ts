/**
 * Worker thread entry of extract-in-worker.ts: extracts one document per
 * message. Extraction is CPU-bound; in a worker it cannot stall the server's
 * event loop, and a document that takes too long can be stopped by
 * terminating the thread.
 */
import { parentPort } from "node:worker_threads";
import { extractDocument } from "../../extract/pipeline/extract-document.ts";

export interface ExtractJob {
  id: number;
  file: string;
  text: string;
  furniture?: readonly string[];
}

parentPort!.on("message", (job: ExtractJob) => {
  try {
    const extraction = extractDocument(job.file, job.text, undefined, { furniture: job.furniture });
    parentPort!.postMessage({ id: job.id, ok: true, extraction });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, ok: false, reason: error instanceof Error ? error.message : String(error) });
  }
});
parentPort!.postMessage("ready");
