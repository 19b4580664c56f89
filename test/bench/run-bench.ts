/**
 * npm run bench [-- --size 1mb|10mb|100mb --parts extraction,ingestion,api,explorer --workers 1,2]
 *
 * Benchmarks (not tests) of extraction, ingestion, API and explorer, each
 * next to its baseline measured in the same run. Prints a table and writes it
 * to test/bench/results/latest.md. The corpus is generated on demand into
 * .cache/bench-corpus/ (git-ignored); the Neo4j is the bench's own
 * (.cache/bench-neo4j/, port 7697), started and stopped here, so clearing it
 * never touches a database other processes use.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ensureCorpus, parseSize } from "./generate-corpus.ts";
import { benchExtraction, type ExtractionRow } from "./bench-extract.ts";
import { extractDocument } from "../../extract/pipeline/extract-document.ts";
import { projectRoot } from "../../common/paths.ts";
import { ingestExtractions, type IngestInput } from "../../server/graph/ingest.ts";
import { startBenchNeo4j, type BenchNeo4j } from "./bench-neo4j.ts";
import { benchIngestion, type IngestionRow } from "./bench-ingestion.ts";
import { benchApiLoad } from "./bench-api-load.ts";

const PARTS = ["extraction", "ingestion", "api", "explorer"] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "10mb" },
    parts: { type: "string", default: PARTS.join(",") },
    workers: { type: "string", default: "1,2" },
    "baseline-mb": { type: "string", default: "1" },
    "neo4j-port": { type: "string", default: "7697" },
    out: { type: "string", default: join(projectRoot, "test", "bench", "results", "latest.md") },
    concurrency: { type: "string", default: "1,32" },
    requests: { type: "string", default: "200" },
  },
});
const size = parseSize(values.size!);
const parts = values.parts!.split(",").map((p) => {
  if (!(PARTS as readonly string[]).includes(p)) throw new Error(`unknown part "${p}" (use ${PARTS.join(", ")})`);
  return p as Part;
});
const log = (m: string) => console.error(`[bench] ${m}`);
const md: string[] = [];
const out = (line = "") => {
  md.push(line);
  console.log(line);
};
const f = (n: number, d = 2) => n.toFixed(d);
const pass = (ok: boolean) => (ok ? "✅" : "❌");

const load0 = loadavg();
const started = new Date();
out(`# kamergraaf benchmarks`);
out();
out(`${started.toISOString().slice(0, 16).replace("T", " ")} UTC · ${cpus().length} × ${cpus()[0]?.model ?? "?"} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version} · load average at start ${load0.map((x) => x.toFixed(2)).join(" / ")}`);
out(`corpus ${size} (generated from seeds/ + extract/lexicons by test/bench/generate-corpus.ts) · parts ${parts.join(", ")}`);
out();

const corpus = ensureCorpus(size);
const sizes = corpus.files.map((file) => statSync(file).size);
log(`corpus: ${corpus.files.length} documents, ${(corpus.bytes / 1e6).toFixed(1)} MB`);

if (parts.includes("extraction")) {
  log("extraction…");
  const rows: ExtractionRow[] = await benchExtraction(corpus.files, sizes, { workers: values.workers!.split(",").map(Number), baselineMB: Number(values["baseline-mb"]) });
  out(`## Extraction`);
  out();
  out(`| run | threads | docs | MB | MB/s wall | MB/s per core (CPU time) | peak RSS MB |`);
  out(`|---|---:|---:|---:|---:|---:|---:|`);
  for (const r of rows) out(`| ${r.label} | ${r.threads} | ${r.documents} | ${f(r.mb)} | ${f(r.wallMBps)} | ${f(r.perCoreMBps)} | ${f(r.maxRssMB, 0)} |`);
  const base = rows[0]!, same = rows[1]!;
  const one = rows.find((r) => r.threads === 1 && r.label.includes("whole"));
  const two = rows.find((r) => r.threads === 2);
  out();
  out(`- per core on the corpus: ${f(one?.perCoreMBps ?? same.perCoreMBps)} MB/s (target ≥ 5) ${pass((one?.perCoreMBps ?? same.perCoreMBps) >= 5)}`);
  out(`- vs compromise nlp(text) on the same sample, per core: ${f(same.perCoreMBps / base.perCoreMBps, 1)}× (target ≥ 20×) ${pass(same.perCoreMBps / base.perCoreMBps >= 20)}`);
  if (one && two) out(`- scaling 1 → 2 worker threads (wall): ${f(two.wallMBps / one.wallMBps)}× (target ≥ 1.8×; only meaningful with 2 idle cores) ${pass(two.wallMBps / one.wallMBps >= 1.8)}`);
  out();
}

let db: BenchNeo4j | null = null;
let inputs: IngestInput[] = [];
const needDb = parts.includes("ingestion") || parts.includes("api");
try {
  if (needDb) {
    db = await startBenchNeo4j({ port: Number(values["neo4j-port"]), log });
    log("extracting the corpus for ingestion…");
    inputs = corpus.files.map((file) => {
      const text = readFileSync(file, "utf8");
      const name = file.split("/").pop()!;
      return { file: name, text, extraction: extractDocument(name, text) };
    });
  }
  if (parts.includes("ingestion") && db) {
    log("ingestion…");
    const rows: IngestionRow[] = await benchIngestion(db, inputs, log);
    out(`## Ingestion (bench Neo4j on ${db.uri}, cleared before each run)`);
    out();
    out(`| run | docs | nodes | relationships | s | relationships/s |`);
    out(`|---|---:|---:|---:|---:|---:|`);
    for (const r of rows) out(`| ${r.label} | ${r.documents} | ${r.nodes} | ${r.relationships} | ${f(r.seconds)} | ${f(r.relPerSecond, 0)} |`);
    const base = rows[0]!, ours = rows[1]!;
    out();
    out(`- ingestion vs bare UNWIND … CREATE: ${f((ours.relPerSecond / base.relPerSecond) * 100, 0)} % (target ≥ 50 %) ${pass(ours.relPerSecond / base.relPerSecond >= 0.5)}`);
    out(`- ${f(ours.relPerSecond, 0)} relationships/s (target ≥ 20,000) ${pass(ours.relPerSecond >= 20_000)}`);
    out();
  }
  if (parts.includes("api") && db) {
    log("api: ingesting the corpus graph, then HTTP vs bare driver at each concurrency…");
    await db.clear();
    await ingestExtractions(db.gateway, inputs);
    const concurrency = values.concurrency!.split(",").map(Number);
    const { rows, probe } = await benchApiLoad(db, { requests: Number(values.requests), concurrency });
    out(`## API (${size} corpus graph; ${probe})`);
    out();
    out(`| query | via | concurrency | requests | p50 ms | p95 ms | p99 ms | req/s |`);
    out(`|---|---|---:|---:|---:|---:|---:|---:|`);
    for (const r of rows) out(`| ${r.name} | ${r.via} | ${r.concurrency} | ${r.requests} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${f(r.perSecond, 0)} |`);
    out();
    for (const c of concurrency) {
      for (const name of [...new Set(rows.map((r) => r.name))]) {
        const api = rows.find((r) => r.name === name && r.concurrency === c && r.via === "HTTP API")!;
        const bare = rows.find((r) => r.name === name && r.concurrency === c && r.via === "bare driver")!;
        out(`- ${name}, concurrency ${c}: API overhead at p50 ${f((api.p50 / bare.p50 - 1) * 100, 0)} % (target ≤ 20 %) ${pass(api.p50 <= bare.p50 * 1.2)}`);
      }
    }
    const c1 = (name: string) => rows.find((r) => r.name === name && r.concurrency === 1 && r.via === "HTTP API")!;
    out(`- neighbourhood p95 at concurrency 1: ${f(c1("neighbourhood depth 2").p95)} ms (target ≤ 30 ms) ${pass(c1("neighbourhood depth 2").p95 <= 30)}`);
    out(`- shortest paths p95 at concurrency 1: ${f(c1("shortest paths").p95)} ms (target ≤ 100 ms) ${pass(c1("shortest paths").p95 <= 100)}`);
    out();
  }
} finally {
  await db?.stop();
}

if (parts.includes("explorer")) {
  log("explorer: test/bench/explorer/run-explorer-bench.ts…");
  const text = await runScript(["--import", "tsx", join(projectRoot, "test", "bench", "explorer", "run-explorer-bench.ts")], {});
  out(`## Explorer (test/bench/explorer/run-explorer-bench.ts, canvas and WebGL in headless Chromium)`);
  out();
  out(text.trim());
  out();
}

const load1 = loadavg();
out(`load average at end ${load1.map((x) => x.toFixed(2)).join(" / ")} · total ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s`);
mkdirSync(join(values.out!, ".."), { recursive: true });
writeFileSync(values.out!, md.join("\n") + "\n");
log(`written to ${values.out}`);

function runScript(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: projectRoot, env: { ...process.env, ...env }, maxBuffer: 1 << 24, timeout: 600_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${args.join(" ")} failed: ${error.message}\n${stderr.slice(-2000)}`));
      else resolve(stdout);
    });
  });
}
