/**
 * The extractor against the hand annotations of the seeds (shared/gold, beside
 * the repository as in CI): fails when an F1 drops below extract/eval/floor.json.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate } from "../cli/eval-cli.ts";
import { prf } from "./score.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const goldDir = process.env.GOLD_DIR ?? `${root}../shared/gold`;
const floor = JSON.parse(readFileSync(new URL("./floor.json", import.meta.url), "utf8")) as Record<string, number>;

describe.runIf(existsSync(goldDir))(`extraction quality on the seeds (gold: ${goldDir})`, () => {
  const r = evaluate(goldDir, `${root}seeds`);
  it.each(["entities", "relations", "commitments"] as const)("%s F1 stays above the floor", (k) => {
    const f1 = prf(r[k]).f1;
    expect(f1, `${k} F1 ${f1.toFixed(3)} fell below ${floor[k]}`).toBeGreaterThanOrEqual(floor[k]!);
  });
});
