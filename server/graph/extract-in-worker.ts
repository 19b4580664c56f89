/**
 * The extractor behind ingestion: extractDocument in one worker thread, with
 * a deadline and a heap limit per document. A document that runs longer or
 * grows larger is rejected with that reason (the thread is terminated and a
 * fresh one started), the others are still ingested, and the server keeps
 * answering meanwhile.
 */
import { Worker } from "node:worker_threads";
import type { Extraction } from "../../extract/model/extraction.ts";

/** `input.furniture`: running headers/footers the PDF reader removed (they carry dossier numbers). */
export type ExtractFn = (file: string, text: string, input?: { furniture?: readonly string[] }) => Extraction | Promise<Extraction>;

export interface WorkerExtractOptions {
  /** per document (default 60 s); the deadline grows with size: max(timeoutMs, msPerMb × MB) */
  timeoutMs?: number;
  /** default 20,000: a slow machine still extracts real text at 50 kB/s */
  msPerMb?: number;
  /** heap of the extraction thread */
  maxHeapMb?: number;
}

export class ExtractionLimitError extends Error {}

const entry = new URL(`./extract-worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url);
// a worker does not inherit the parent's module loader hooks: under tsx it registers tsx itself
const boot = entry.pathname.endsWith(".ts")
  ? `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`
  : `import(${JSON.stringify(entry.href)});`;

type Reply = { id: number; ok: true; extraction: Extraction } | { id: number; ok: false; reason: string };

class ExtractionThread {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(private readonly maxHeapMb: number) {}

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const worker = new Worker(boot, { eval: true, resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb } });
    worker.unref(); // an idle extraction thread never keeps the process alive
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.once("error", reject);
      worker.once("message", (m) => (m === "ready" ? resolve() : reject(new Error(`extraction thread said ${String(m)}`))));
    });
    this.ready.catch(() => this.stop());
    return this.ready;
  }

  stop(): void {
    void this.worker?.terminate();
    this.worker = null;
    this.ready = null;
  }

  /** One document at a time: jobs queue behind each other. */
  extract(file: string, text: string, furniture: readonly string[] | undefined, deadlineMs: number): Promise<Extraction> {
    const run = async (): Promise<Extraction> => {
      await this.start();
      const worker = this.worker!;
      const id = this.nextId++;
      return new Promise<Extraction>((resolve, reject) => {
        const done = () => { clearTimeout(timer); worker.off("message", onMessage); worker.off("error", onError); worker.off("exit", onExit); };
        const fail = (error: Error) => { done(); this.stop(); reject(error); };
        const timer = setTimeout(() => fail(new ExtractionLimitError(`extraction took longer than ${(deadlineMs / 1000).toFixed(0)} s and was stopped`)), deadlineMs);
        const onMessage = (reply: Reply) => {
          if (reply.id !== id) return;
          done();
          if (reply.ok) resolve(reply.extraction);
          else reject(new Error(reply.reason));
        };
        const onError = (error: Error) => fail((error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new ExtractionLimitError(`extraction needed more than ${this.maxHeapMb} MB and was stopped`)
          : error);
        const onExit = () => fail(new Error("the extraction thread stopped"));
        worker.on("message", onMessage);
        worker.once("error", onError);
        worker.once("exit", onExit);
        worker.postMessage({ id, file, text, furniture });
      });
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

const threads = new Map<number, ExtractionThread>();

export function workerExtract(options: WorkerExtractOptions = {}): ExtractFn {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxHeapMb = options.maxHeapMb ?? 1536;
  let thread = threads.get(maxHeapMb);
  if (!thread) threads.set(maxHeapMb, (thread = new ExtractionThread(maxHeapMb)));
  const t = thread;
  const msPerMb = options.msPerMb ?? 20_000;
  return (file, text, input) => t.extract(file, text, input?.furniture, Math.max(timeoutMs, (Buffer.byteLength(text) / 1e6) * msPerMb));
}
