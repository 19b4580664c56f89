import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prefilterFor, requiredLiterals, scanLiterals } from "./literal-prefilter.ts";
import { compiledRules } from "../relations/apply-rules.ts";
import { EXCLUSION_ROWS, TRIGGER_ROWS } from "../commitments/detect-commitments.ts";
import { DUE_ROWS } from "../commitments/due-date.ts";
import { splitSentences } from "../sentences/split-sentences.ts";

describe("requiredLiterals", () => {
  it("keeps mandatory literal runs and drops optional parts", () => {
    expect(requiredLiterals("(?:onderdeel|deel) (?:uit )?van")).toEqual(expect.arrayContaining([["onderdeel", "deel"], ["van"]]));
    expect(requiredLiterals("licenties?")).toEqual([["licentie"]]);
    expect(requiredLiterals("a(?:bc)?d")).toEqual([]);
  });

  it("gives no requirement when an alternative has none", () => {
    expect(requiredLiterals("opgericht|\\p{L}+")).toEqual([]);
  });

  it("ignores lookarounds and character classes", () => {
    expect(requiredLiterals("(?<!\\bte\\s)\\b[a-z]+ aanpassen(?!\\s+eisen)")).toEqual([[" aanpassen"]]);
  });

  it("lower-cases literals because the rules match case-insensitively", () => {
    expect(requiredLiterals("Tweede Kamer")).toEqual([["tweede kamer"]]);
  });

  it("requires a digit for \\d", () => {
    const pass = prefilterFor("in \\d{4}");
    expect(pass(scanLiterals("in 2025 klaar"))).toBe(true);
    expect(pass(scanLiterals("in het jaar"))).toBe(false);
  });

  it("keeps word boundaries: 'we' as a word, not inside 'twee'", () => {
    const pass = prefilterFor("\\b(?:ik|we)\\s+(?:zal|zullen)\\b");
    expect(pass(scanLiterals("Twee weken later"))).toBe(false);
    expect(pass(scanLiterals("Daarna zullen we het doen"))).toBe(true);
    expect(pass(scanLiterals("We zullen het doen"))).toBe(true);
  });

  it("folds long s the way /iu matching does", () => {
    const re = /kosten/iu;
    const text = "koſten";
    expect(re.test(text)).toBe(true);
    expect(prefilterFor(re.source)(scanLiterals(text))).toBe(true);
  });
});

/** every sentence of the seeds and fixtures, plain and as a lower-case and upper-case variant */
function sampleTexts(): string[] {
  const root = new URL("../../", import.meta.url).pathname;
  const dirs = [join(root, "seeds"), join(root, "test/fixtures/pipeline")];
  const out: string[] = [];
  for (const d of dirs) {
    for (const f of readdirSync(d).filter((x) => x.endsWith(".txt"))) {
      for (const s of splitSentences(readFileSync(join(d, f), "utf8"), 0)) out.push(s.text, s.text.toUpperCase());
    }
  }
  return out;
}

describe("prefilter is a necessary condition of every rule regex", () => {
  const texts = sampleTexts();
  const regexes: RegExp[] = [
    ...compiledRules().map((r) => r.re),
    ...TRIGGER_ROWS.filter((r) => r.match).map((r) => new RegExp(r.match, "iu")),
    ...EXCLUSION_ROWS.map((r) => new RegExp(r.match, "iu")),
    ...DUE_ROWS.map((r) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${r.match.replace(/ /g, "\\s+")})(?![\\p{L}\\p{N}])`, "iu")),
  ];

  it("never rejects a text the regex matches", () => {
    let matched = 0;
    for (const re of regexes) {
      const plain = new RegExp(re.source, re.flags.replace("g", ""));
      const pass = prefilterFor(re.source);
      for (const t of texts) {
        if (!plain.test(t)) continue;
        matched++;
        expect(pass(scanLiterals(t)), `${re.source} on "${t}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it("rejects most texts for most rows (it is worth having)", () => {
    let rejected = 0, total = 0;
    for (const re of regexes) {
      const pass = prefilterFor(re.source);
      for (const t of texts.slice(0, 200)) {
        total++;
        if (!pass(scanLiterals(t))) rejected++;
      }
    }
    expect(rejected / total).toBeGreaterThan(0.5);
  });
});
