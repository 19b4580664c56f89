/**
 * Measures the input stage on real files (a development tool, not a test):
 *   tsx test/bench/measure-input.ts <out-dir> [--dict /usr/share/dict/dutch] [--source <txt-dir>]
 *   tsx test/bench/measure-input.ts --time <dir>   (read time per MB of the PDF/DOCX in <dir>)
 * <out-dir> is what `npm run extract -- <dir> --out <out-dir> --text` wrote
 * (NAME.json + NAME.input.txt; for .txt inputs the text is the file itself).
 * Per document: kind, questions, answers, askers, answerers; over the texts:
 * glued-word counts (a lower-case letter followed by a capital inside one
 * token; a dictionary-absent token that splits into a frequent function word
 * and another dictionary word, "zijngeweest", "vaneen"), per 1000 tokens.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readInput } from "../../extract/input/read-input.ts";
import { normalise } from "../../extract/normalise/normalise.ts";

/** Words that start a glued pair ("inmedische", "tevoorkomen"). */
const LEADING = new Set("de het een van en in op te is zijn dat die met voor aan om niet of als bij ook door naar er u ik wij zij hij ze worden wordt kan moet zal heeft deze dit meer tot over uit nog wel geen wat hoe waar dan maar".split(" "));
/** Words that end one; no plural or inflection suffix ("-en", "-de", "-te", "-er") among them. */
const TRAILING = new Set("het een van zijn dat die met voor aan niet als bij ook door naar worden wordt kan moet zal heeft hebben deze dit meer tot over uit nog wel geen wat hoe waar dan maar".split(" "));

interface Glue {
  tokens: number;
  camel: number;
  split: number;
  examples: string[];
}

function glue(text: string, dict: Set<string>): Glue {
  const g: Glue = { tokens: 0, camel: 0, split: 0, examples: [] };
  for (const raw of text.split(/\s+/)) {
    const token = raw.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "");
    if (!token) continue;
    g.tokens++;
    // "GroenLinks", "PvdA", "McKinsey": real words with an inner capital are listed in the dictionary or are short party names
    if (/\p{Ll}\p{Lu}/u.test(token) && !/^(?:GroenLinks|PvdA|PvdD|GroenLinks-PvdA|VVD|CDA|D66|JA21|BBB|SGP|ChristenUnie|DENK|NSC|PVV|SP|KRO-NCRV|BVNL|FvD|NZa|LinkedIn|YouTube|WhatsApp|TikTok|iPhone)$/.test(token.replace(/[’']s$/, ""))) {
      g.camel++;
      if (g.examples.length < 12) g.examples.push(token);
      continue;
    }
    const word = token.toLowerCase();
    if (!/^\p{Ll}{6,}$/u.test(word) || dict.has(word)) continue;
    for (let i = 2; i <= word.length - 2; i++) {
      const a = word.slice(0, i);
      const b = word.slice(i);
      if ((LEADING.has(a) && b.length >= 4 && dict.has(b)) || (TRAILING.has(b) && a.length >= 3 && dict.has(a))) {
        g.split++;
        if (g.examples.length < 12) g.examples.push(token);
        break;
      }
    }
  }
  return g;
}

function main(argv: string[]): void {
  const dir = argv[0]!;
  const dictPath = argv.includes("--dict") ? argv[argv.indexOf("--dict") + 1]! : "/usr/share/dict/dutch";
  const dict = new Set(existsSync(dictPath) ? readFileSync(dictPath, "utf8").split("\n").map((w) => w.trim().toLowerCase()) : []);
  const sourceDir = argv.includes("--source") ? argv[argv.indexOf("--source") + 1]! : null;
  const total = { raw: { tokens: 0, camel: 0, split: 0 }, norm: { tokens: 0, camel: 0, split: 0 } };
  console.log("file\tkind\tquestions\tanswers\taskers\tanswerers\tcamel/split raw\tcamel/split normalised");
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const key = f.replace(/\.json$/, "");
    const x = JSON.parse(readFileSync(join(dir, f), "utf8"));
    const textFile = existsSync(join(dir, `${key}.input.txt`)) ? join(dir, `${key}.input.txt`) : sourceDir ? join(sourceDir, `${key}.txt`) : null;
    const text = textFile && existsSync(textFile) ? readFileSync(textFile, "utf8") : "";
    const raw = glue(text, dict);
    const norm = glue(normalise(text).text, dict);
    for (const k of ["tokens", "camel", "split"] as const) {
      total.raw[k] += raw[k];
      total.norm[k] += norm[k];
    }
    const segs = (x.segments ?? []) as Array<{ kind: string }>;
    const names = (type: string) => (x.relations as Array<{ type: string; source: string }>).filter((r) => r.type === type).map((r) => r.source.replace(/^person:/, "")).join(",") || "-";
    console.log([key.slice(0, 48), x.document.kind, segs.filter((s) => s.kind === "question").length, segs.filter((s) => s.kind === "answer").length, names("ASKED"), names("ANSWERED"), `${raw.camel}/${raw.split}`, `${norm.camel}/${norm.split} ${norm.examples.slice(0, 4).join(" ")}`].join("\t"));
  }
  const per = (n: number, t: number) => ((1000 * n) / Math.max(1, t)).toFixed(2);
  console.log(`TOTAL raw: ${total.raw.tokens} tokens, camel ${total.raw.camel} (${per(total.raw.camel, total.raw.tokens)}/1000), split ${total.raw.split} (${per(total.raw.split, total.raw.tokens)}/1000)`);
  console.log(`TOTAL normalised: ${total.norm.tokens} tokens, camel ${total.norm.camel} (${per(total.norm.camel, total.norm.tokens)}/1000), split ${total.norm.split} (${per(total.norm.split, total.norm.tokens)}/1000)`);
}

/** Warm-up pass (loads pdf.js), then three timed passes over every PDF and DOCX of the folder. */
async function timeReading(dir: string): Promise<void> {
  for (const ext of [".pdf", ".docx"]) {
    const files = readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => new Uint8Array(readFileSync(join(dir, f))));
    if (files.length === 0) continue;
    const bytes = files.reduce((n, b) => n + b.length, 0);
    for (const b of files) await readInput(b);
    const t0 = performance.now();
    for (let pass = 0; pass < 3; pass++) for (const b of files) await readInput(b);
    const ms = (performance.now() - t0) / 3;
    console.log(`${ext}: ${files.length} files, ${(bytes / 1e6).toFixed(3)} MB, ${ms.toFixed(0)} ms per pass, ${(ms / (bytes / 1e6)).toFixed(0)} ms/MB, ${(ms / files.length).toFixed(1)} ms/file`);
  }
}

if (process.argv[2] === "--time") await timeReading(process.argv[3]!);
else main(process.argv.slice(2));
