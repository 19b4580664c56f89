/**
 * npx tsx test/tools/commitment-why.ts <document> <words of a sentence> …
 * For each needle: the sentence of the document (as the pipeline splits it) that contains it,
 * its section, the trigger rows whose match fires, the exclusion rows whose match fires, and
 * the verdict of matchCommitment. For finding out why a gold commitment is missed.
 */
import { readFileSync } from "node:fs";
import { readInput } from "../../extract/input/read-input.ts";
import { normalise } from "../../extract/normalise/normalise.ts";
import { parseStructure } from "../../extract/structure/parse-structure.ts";
import { splitSentences } from "../../extract/sentences/split-sentences.ts";
import { EXCLUSION_ROWS, TRIGGER_ROWS, matchCommitment } from "../../extract/commitments/detect-commitments.ts";

const [file, ...needles] = process.argv.slice(2);
const input = await readInput(new Uint8Array(readFileSync(file!)));
if (!input.ok) throw new Error(input.reason);
const { text, dropped } = normalise(input.text);
const structure = parseStructure(text, { furniture: [...dropped.map((d) => d.text), ...input.meta.furniture] });
const flatOf = (s: string) => s.replace(/\s+/g, " ").trim();
const key = (s: string) => flatOf(s).toLowerCase().replace(/[^\p{L}\p{N} ]/gu, "");
for (const needle of needles) {
  console.log(`\n# ${needle}`);
  for (const seg of structure.segments) {
    for (const s of splitSentences(text.slice(seg.start, seg.end), seg.start)) {
      if (!key(s.text).includes(key(needle))) continue;
      const flat = flatOf(s.text);
      console.log(`  [${seg.id}] ${flat}`);
      console.log(`  triggers:   ${TRIGGER_ROWS.filter((r) => r.match && new RegExp(r.match, "iu").test(flat)).map((r) => r.id).join(", ")}`);
      console.log(`  exclusions: ${EXCLUSION_ROWS.filter((r) => new RegExp(r.match, "iu").test(flat)).map((r) => r.id).join(", ")}`);
      console.log(`  verdict:    ${JSON.stringify(matchCommitment(flat, structure.meta.date))}`);
    }
  }
}
