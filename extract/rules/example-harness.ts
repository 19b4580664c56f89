/**
 * Runs the examples and counterexamples of any rule family's rows. The family
 * supplies one function that applies a single row to an example and returns
 * what it produced as strings (for relations "FUNDED A -> B"); the harness
 * decides pass or fail the same way for every family:
 *   - a row without an example fails;
 *   - an example passes when the row produces every `expect` string (or, with
 *     no `expect`, anything at all);
 *   - a counterexample passes when the row produces none of its `expect`
 *     strings (or, with no `expect`, nothing at all).
 */
import type { RuleExample, RuleFile, RuleRow } from "./rule-files.ts";

export type ExampleRunner = (row: RuleRow, example: RuleExample) => string[];

export interface ExampleFailure {
  file: string;
  id: string;
  problem: "no example" | "example not matched" | "counterexample matched" | "error";
  text?: string;
  expected?: string[];
  got?: string[];
}

export function checkRuleFile(file: RuleFile, run: ExampleRunner): ExampleFailure[] {
  const out: ExampleFailure[] = [];
  for (const row of file.rows) {
    const fail = (f: Omit<ExampleFailure, "file" | "id">) => out.push({ file: file.file, id: row.id, ...f });
    if (row.examples.length === 0) fail({ problem: "no example" });
    const attempt = (ex: RuleExample): string[] | null => {
      try {
        return run(row, ex);
      } catch (e) {
        fail({ problem: "error", text: ex.text, got: [(e as Error).message] });
        return null;
      }
    };
    for (const ex of row.examples) {
      const got = attempt(ex);
      if (!got) continue;
      const ok = ex.expect ? ex.expect.every((e) => got.includes(e)) : got.length > 0;
      if (!ok) fail({ problem: "example not matched", text: ex.text, expected: ex.expect, got });
    }
    for (const ex of row.counterexamples) {
      const got = attempt(ex);
      if (!got) continue;
      const ok = ex.expect ? !ex.expect.some((e) => got.includes(e)) : got.length === 0;
      if (!ok) fail({ problem: "counterexample matched", text: ex.text, expected: ex.expect, got });
    }
  }
  return out;
}

/** One readable line per failure, for test output. */
export function describeFailure(f: ExampleFailure): string {
  const parts = [`${f.file} ${f.id}: ${f.problem}`];
  if (f.text) parts.push(`  text: ${f.text}`);
  if (f.expected) parts.push(`  expected: ${f.expected.join(" | ")}`);
  if (f.got) parts.push(`  got: ${f.got.join(" | ") || "(nothing)"}`);
  return parts.join("\n");
}
