/**
 * Extraction throughput (not a test): MB/s of the pipeline on the bench
 * corpus, single thread and with N worker threads, next to the baseline
 * measured in the same run: compromise's full tagger (`nlp(text)`) over the
 * same documents. "Per core" is bytes per CPU-second of the thread doing the
 * work, which stays meaningful on a machine shared with other jobs; wall
 * MB/s is reported beside it.
 *
 *   npm run bench:extract -- --size 10mb --workers 1,2
 */
import { Worker } from "node:worker_threads";
import type { WorkerJob, WorkerReport } from "./extract-job.ts";

export interface ExtractionRow {
  label: string;
  threads: number;
  documents: number;
  mb: number;
  wallMBps: number;
  /** bytes per CPU-second, summed over the threads doing the work */
  perCoreMBps: number;
  maxRssMB: number;
}

const workerUrl = new URL("./extract-worker.ts", import.meta.url);

/** Runs one job split over `threads` worker threads; timing starts once every worker has loaded and warmed up. */
export async function runWorkers(files: string[], threads: number, mode: WorkerJob["mode"]): Promise<{ bytes: number; ms: number; cpuMs: number }> {
  const shares: string[][] = Array.from({ length: threads }, () => []);
  files.forEach((f, i) => shares[i % threads]!.push(f));
  // the worker registers tsx itself: a worker does not inherit the parent's module loader hooks
  const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); });`;
  const workers = shares.map((share) => new Worker(boot, { eval: true, workerData: { files: share, mode } satisfies WorkerJob }));
  try {
    await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
      w.once("error", reject);
      w.once("message", (m) => (m === "ready" ? resolve() : reject(new Error(`worker said ${String(m)}`))));
    })));
    // process-wide CPU time (all threads): workers cannot read their own thread's CPU time on Node 20,
    // and the main thread only waits meanwhile
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const reports = await Promise.all(workers.map((w) => new Promise<WorkerReport>((resolve, reject) => {
      w.once("error", reject);
      w.once("message", (m: WorkerReport) => resolve(m));
      w.postMessage("go");
    })));
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return { bytes: reports.reduce((a, r) => a + r.bytes, 0), ms, cpuMs: (cpu.user + cpu.system) / 1000 };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

const maxRssMB = () => process.resourceUsage().maxRSS / 1024;

function row(label: string, threads: number, documents: number, r: { bytes: number; ms: number; cpuMs: number }): ExtractionRow {
  return { label, threads, documents, mb: r.bytes / 1e6, wallMBps: r.bytes / 1e6 / (r.ms / 1000), perCoreMBps: r.bytes / 1e6 / (r.cpuMs / 1000), maxRssMB: maxRssMB() };
}

/** Documents from the start of the corpus adding up to about `mb` megabytes. */
export function prefixOf(files: string[], sizes: number[], mb: number): string[] {
  const out: string[] = [];
  let bytes = 0;
  for (let i = 0; i < files.length && bytes < mb * 1e6; i++) {
    out.push(files[i]!);
    bytes += sizes[i]!;
  }
  return out;
}

export async function benchExtraction(files: string[], sizes: number[], options: { workers: number[]; baselineMB: number }): Promise<ExtractionRow[]> {
  const rows: ExtractionRow[] = [];
  // the baseline and the pipeline on the same sample, one thread each
  const sample = prefixOf(files, sizes, options.baselineMB);
  rows.push(row("baseline: compromise nlp(text), sample", 1, sample.length, await runWorkers(sample, 1, "compromise")));
  rows.push(row("kamergraaf extractDocument, same sample", 1, sample.length, await runWorkers(sample, 1, "extract")));
  for (const n of options.workers) {
    rows.push(row(`kamergraaf extractDocument, whole corpus`, n, files.length, await runWorkers(files, n, "extract")));
  }
  return rows;
}
