/**
 * A large, realistic benchmark corpus made reproducibly from real structure:
 * each document is one of the seed documents (so headers, question/answer
 * blocks and letter layout stay real), with
 *   - every lexicon name, alias and acronym swapped for another real entry of
 *     the same type and kind (consistently within the document),
 *   - years, days and other numbers varied,
 *   - prose paragraphs from the other seeds spliced in (sentence patterns
 *     recombined).
 * Same seed and sizes → byte-identical corpus. It is written to a git-ignored
 * folder (.cache/bench-corpus/<size>/) and never committed.
 *
 *   npm run bench:corpus -- --size 10mb
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cacheDir, seedsDir } from "../../common/paths.ts";
import { loadLexicons } from "../../extract/lexicons/load-lexicons.ts";
import type { LexiconEntry } from "../../extract/lexicons/lexicon-schema.ts";

export const CORPUS_ROOT = join(cacheDir, "bench-corpus");
/** bump when the generator changes, so stale corpora are rebuilt */
const GENERATOR_VERSION = 1;

export const SIZES = { "1mb": 1e6, "10mb": 1e7, "100mb": 1e8 } as const;
export type SizeName = keyof typeof SIZES;

export function parseSize(s: string): SizeName {
  const k = s.toLowerCase();
  if (!(k in SIZES)) throw new Error(`unknown corpus size "${s}" (use ${Object.keys(SIZES).join(", ")})`);
  return k as SizeName;
}

/** mulberry32: small, fast, reproducible */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Surface {
  entry: LexiconEntry;
  role: "name" | "alias" | "acronym";
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function buildSubstitution(entries: LexiconEntry[]) {
  const bySurface = new Map<string, Surface>();
  for (const e of entries) {
    const add = (s: string, role: Surface["role"]) => {
      if (s.length >= 3 && !bySurface.has(s)) bySurface.set(s, { entry: e, role });
    };
    add(e.name, "name");
    for (const a of e.acronyms) add(a, "acronym");
    for (const a of e.aliases) add(a, "alias");
  }
  const surfaces = [...bySurface.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${surfaces.map(escapeRe).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const pools = new Map<string, LexiconEntry[]>();
  for (const e of entries) {
    const k = `${e.type}|${e.kind ?? ""}`;
    pools.set(k, [...(pools.get(k) ?? []), e]);
  }
  return { re, bySurface, pools };
}

/** How the substitute is written, in the same role as the surface it replaces. */
function surfaceOf(e: LexiconEntry, role: Surface["role"]): string {
  if (role === "acronym") return e.acronyms[0] ?? e.name;
  if (role === "alias") {
    if (e.type === "Person") return e.aliases.find((a) => !a.includes(".")) ?? e.name.split(" ").slice(-1)[0]!;
    return e.aliases[0] ?? e.name;
  }
  return e.name;
}

interface Seed {
  name: string;
  text: string;
  /** prose paragraphs that can be spliced into other documents */
  prose: string[];
}

function readSeeds(): Seed[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => {
      const text = readFileSync(join(seedsDir, name), "utf8");
      const prose = text.split(/\n\s*\n/).filter((p) => p.length > 250 && /[.!]\s*$/.test(p.trim()) && !/\n/.test(p.trim()));
      return { name, text, prose };
    });
}

/** One generated document from a template seed. */
function makeDocument(seed: Seed, all: Seed[], sub: ReturnType<typeof buildSubstitution>, rand: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // recombine: splice prose paragraphs from other seeds after prose paragraphs of this one
  const paragraphs = seed.text.split(/(\n\s*\n)/);
  const donors = all.filter((s) => s !== seed).flatMap((s) => s.prose);
  const out: string[] = [];
  for (const p of paragraphs) {
    out.push(p);
    if (donors.length > 0 && p.length > 250 && !/\n/.test(p.trim()) && rand() < 0.35) out.push("\n\n", pick(donors));
  }
  let text = out.join("");

  // names: each lexicon entry gets one substitute per document
  const chosen = new Map<string, LexiconEntry>();
  text = text.replace(sub.re, (surface) => {
    const s = sub.bySurface.get(surface)!;
    let repl = chosen.get(s.entry.id);
    if (!repl) {
      const pool = sub.pools.get(`${s.entry.type}|${s.entry.kind ?? ""}`) ?? [s.entry];
      repl = rand() < 0.2 ? s.entry : pick(pool);
      chosen.set(s.entry.id, repl);
    }
    return surfaceOf(repl, s.role);
  });

  // dates and numbers: one year shift per document, days and counts varied
  const shift = Math.floor(rand() * 9) - 4;
  text = text.replace(/(?<![\p{L}\p{N}])(20[0-3]\d|19[89]\d)(?![\p{L}\p{N}])/gu, (y) => String(Number(y) + shift));
  text = text.replace(/(?<![\p{L}\p{N}])([1-9]|[12]\d)(?= (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b)/gu, () => String(1 + Math.floor(rand() * 28)));
  text = text.replace(/(?<![\p{L}\p{N},.])(\d{2,3})(?= (?:miljoen|duizend|procent|euro|medewerkers|dagen|vragen)\b)/gu, (n) => String(Math.max(10, Math.round(Number(n) * (0.5 + rand())))));
  return text;
}

export interface CorpusInfo {
  dir: string;
  files: string[];
  bytes: number;
}

/** Generates (or reuses) the corpus of the given size; returns its files. */
export function ensureCorpus(size: SizeName, seed = 20240611): CorpusInfo {
  const dir = join(CORPUS_ROOT, size);
  const manifestPath = join(dir, "manifest.json");
  const want = { version: GENERATOR_VERSION, seed, target: SIZES[size] };
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, "utf8")) as typeof want & { files: string[]; bytes: number };
    if (m.version === want.version && m.seed === want.seed && m.target === want.target) {
      return { dir, files: m.files.map((f) => join(dir, f)), bytes: m.bytes };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seeds = readSeeds();
  const sub = buildSubstitution(loadLexicons().entries);
  const rand = rng(seed);
  const files: string[] = [];
  let bytes = 0;
  for (let n = 0; bytes < SIZES[size]; n++) {
    const template = seeds[n % seeds.length]!;
    const text = makeDocument(template, seeds, sub, rand);
    const file = `doc-${String(n).padStart(6, "0")}-${template.name.slice(0, 3)}.txt`;
    writeFileSync(join(dir, file), text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(manifestPath, JSON.stringify({ ...want, files, bytes }, null, 1));
  return { dir, files: files.map((f) => join(dir, f)), bytes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf("--size");
  const sizes = i >= 0 ? process.argv[i + 1]!.split(",").map(parseSize) : (["1mb", "10mb"] as SizeName[]);
  for (const s of sizes) {
    const t0 = performance.now();
    const c = ensureCorpus(s);
    console.log(`${s}: ${c.files.length} documents, ${(c.bytes / 1e6).toFixed(1)} MB in ${c.dir} (${Math.round(performance.now() - t0)} ms)`);
  }
}
