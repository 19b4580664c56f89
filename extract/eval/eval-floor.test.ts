/**
 * The extractor against hand annotations: the seeds (shared/gold, beside the
 * repository as in CI) and the real documents of test/fixtures/gold-real.
 * Fails when an F1 drops below extract/eval/floor.json (top level for the
 * seeds, its `real` section for the real gold).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { belowFloor, evaluate, genreOf } from "../cli/eval-cli.ts";
import { prf } from "./score.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const goldDir = process.env.GOLD_DIR ?? `${root}../shared/gold`;
const realDir = `${root}test/fixtures/gold-real`;
const floor = JSON.parse(readFileSync(new URL("./floor.json", import.meta.url), "utf8")) as Record<string, number> & { real: Record<string, number> };
const kinds = ["entities", "relations", "commitments"] as const;

describe.runIf(existsSync(goldDir))(`extraction quality on the seeds (gold: ${goldDir})`, () => {
  let r: Awaited<ReturnType<typeof evaluate>>;
  beforeAll(async () => { r = await evaluate(goldDir, `${root}seeds`); }, 60_000);
  it.each(kinds)("%s F1 stays above the floor", (k) => {
    const f1 = prf(r[k]).f1;
    expect(f1, `${k} F1 ${f1.toFixed(3)} fell below ${floor[k]}`).toBeGreaterThanOrEqual(floor[k]!);
  });
});

describe("extraction quality on the real gold (test/fixtures/gold-real)", () => {
  let r: Awaited<ReturnType<typeof evaluate>>;
  beforeAll(async () => { r = await evaluate(realDir, realDir); }, 60_000);
  it.each(kinds)("%s F1 stays above the real floor", (k) => {
    const f1 = prf(r[k]).f1;
    expect(f1, `${k} F1 ${f1.toFixed(3)} fell below ${floor.real[k]}`).toBeGreaterThanOrEqual(floor.real[k]!);
  });
  it("reads every gold document, PDFs and DOCX through the input stage, and reports each genre", () => {
    expect(r.perDoc).toHaveLength(37);
    expect(Object.keys(r.byGenre).sort()).toEqual(["docx", "kamervraag", "pdf", "rekenkamer letter"]);
    expect(r.byGenre.pdf!.documents).toBe(4);
    expect(r.byGenre.docx!.documents).toBe(4);
  });
  it("the floor check names the categories below it and ignores non-numbers", () => {
    const impossible = { $comment: "x", entities: 1.01, relations: 0, commitments: 0 };
    expect(belowFloor(r, impossible).map(([k]) => k)).toEqual(["entities"]);
  });
});

describe("genreOf", () => {
  it("names binaries by format and the rest by gold kind", () => {
    expect(genreOf("a.pdf", "kamervraag")).toBe("pdf");
    expect(genreOf("a.DOCX", "kamervraag")).toBe("docx");
    expect(genreOf("ar-x.txt", "vragenlijst")).toBe("rekenkamer letter");
    expect(genreOf("kv-1.txt", "kamervraag")).toBe("kamervraag");
  });
});
