import { describe, expect, it } from "vitest";
import { checkRuleFile, describeFailure, type ExampleRunner } from "./example-harness.ts";
import { readRuleFiles } from "./rule-files.ts";
import { runRelationExample } from "../relations/relation-examples.ts";

/** One runner per rule family; a rule file of a family without a runner fails. */
const RUNNERS: Record<string, ExampleRunner> = {
  relations: runRelationExample,
};

describe("every rule row under extract/rules/ passes its examples and counterexamples", () => {
  const files = readRuleFiles();
  it("finds the rule files", () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(file.file, () => {
      const run = RUNNERS[file.family];
      expect(run, `no example runner for family ${file.family}`).toBeDefined();
      const failures = checkRuleFile(file, run!);
      expect(failures.map(describeFailure)).toEqual([]);
    });
  }
});
