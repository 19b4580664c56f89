import { describe, expect, it } from "vitest";
import { compileMatch, MatchSyntaxError } from "./match-language.ts";
import { checkRuleFile } from "./example-harness.ts";
import { parseMarkedText } from "./marked-text.ts";

const lists = new Map([["hebben", ["heeft", "hebben", "had"]], ["det", ["de", "het"]], ["pp", ["gefinancierd", "geëvalueerd"]]]);
const test = (match: string, text: string) => compileMatch(match, lists).re.test(text);

describe("token match language", () => {
  it("matches words case-insensitively, on word boundaries only", () => {
    expect(test("in opdracht van", "In opdracht van")).toBe(true);
    expect(test("deel uit van", "oordeel uit van")).toBe(false);
    expect(test("vande", "van de")).toBe(false);
  });

  it("expands word lists, optional tokens and alternatives", () => {
    expect(test("#hebben #det? {ORG:a}", "had ⟦0:O⟧")).toBe(true);
    expect(test("#hebben #det? {ORG:a}", "had het ⟦0:O⟧")).toBe(true);
    expect(test("(mede|ook)? #pp", "geëvalueerd")).toBe(true);
    expect(test("#pp", "geëvalueerde")).toBe(false);
    expect(() => compileMatch("#nope", lists)).toThrow(MatchSyntaxError);
  });

  it("captures typed slots and coordinated lists", () => {
    const m = compileMatch("{ORGS:b} en {PROG:c}", lists);
    const g = m.re.exec("⟦0:O⟧, ⟦1:O⟧ en ⟦2:O⟧ en ⟦3:G⟧")?.groups;
    expect(g?.b).toBe("⟦0:O⟧, ⟦1:O⟧ en ⟦2:O⟧");
    expect(m.slots.map((s) => s.name)).toEqual(["b", "c"]);
    expect(test("{PER:a}", "⟦0:O⟧")).toBe(false);
    expect(test("{ORG|COM:a} heeft", "⟦0:C⟧ heeft")).toBe(true);
  });

  it("bounds gaps: ~N without entities, ~~ with", () => {
    expect(test("{ORG:a} ~10 {ORG:b}", "⟦0:O⟧ en ook ⟦1:O⟧")).toBe(true);
    expect(test("{ORG:a} en ~10 financiert", "⟦0:O⟧ en ⟦1:O⟧ financiert")).toBe(false);
    expect(test("{ORG:a} en ~~ financiert", "⟦0:O⟧ en ⟦1:O⟧ financiert")).toBe(true);
    expect(test("{ORG:a} ~5 financiert", "⟦0:O⟧ zeer veel geld financiert")).toBe(false);
  });

  it("reads !(…) as not preceded / not followed by", () => {
    expect(test("!(van #det?) {ORG:a} is", "van de ⟦0:O⟧ is")).toBe(false);
    expect(test("!(van #det?) {ORG:a} is", "dat ⟦0:O⟧ is")).toBe(true);
    expect(test("{ORG:a} adviseert !(~* {ORG})", "⟦0:O⟧ adviseert ⟦1:O⟧")).toBe(false);
  });

  it("refuses a match longer than 160 characters", () => {
    expect(() => compileMatch(`a ${"b ".repeat(80)}`, lists)).toThrow(/160/);
  });
});

describe("example harness", () => {
  const file = (examples: { text: string; expect?: string[] }[], counterexamples: { text: string }[] = []) =>
    ({ file: "x.json", family: "f", rows: [{ id: "x.y", match: "m", emits: [], reason: "why", examples, counterexamples, flags: [] }] });
  const run = (_: unknown, ex: { text: string }) => (ex.text.includes("yes") ? ["HIT"] : []);

  it("fails a row without an example", () => {
    expect(checkRuleFile(file([]), run).map((f) => f.problem)).toEqual(["no example"]);
  });
  it("fails an example that does not produce its expectation and a counterexample that matches", () => {
    expect(checkRuleFile(file([{ text: "no" }], [{ text: "yes" }]), run).map((f) => f.problem)).toEqual(["example not matched", "counterexample matched"]);
    expect(checkRuleFile(file([{ text: "yes", expect: ["OTHER"] }]), run).map((f) => f.problem)).toEqual(["example not matched"]);
    expect(checkRuleFile(file([{ text: "yes", expect: ["HIT"] }], [{ text: "no" }]), run)).toEqual([]);
  });
});

describe("marked example text", () => {
  it("turns [name](TYPE kind) into mentions with offsets", () => {
    const m = parseMarkedText("[Logius](ORG agency) beheert [DigiD](PROG).");
    expect(m.text).toBe("Logius beheert DigiD.");
    expect(m.mentions.map((x) => [x.entityId, x.type, x.kind, m.text.slice(x.start, x.end)])).toEqual([
      ["Logius", "Organisation", "agency", "Logius"], ["DigiD", "Programme", null, "DigiD"]]);
  });
});
