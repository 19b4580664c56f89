/**
 * The layout the README's architecture section describes, checked on the
 * real tree: who may import whom, no import cycles, and production folders
 * that hold production code only.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../common/paths.ts";
import { findCycles, readImportGraph, sourceFiles } from "./import-graph.ts";

const PRODUCTION = ["common", "model", "extract", "server", "client/src"];
const graph = readImportGraph(projectRoot, ["common", "model", "extract", "server", "client", "test"]);
const isTest = (file: string) => file.endsWith(".test.ts");
const under = (file: string, ...folders: string[]) => folders.some((folder) => file.startsWith(`${folder}/`));
const imports = (file: string) => graph.edges.get(file) ?? [];
/** "from → to" for every import of a file in `folders` (test files excluded) that `allowed` refuses. */
const violations = (folders: string[], allowed: (to: string, typeOnly: boolean) => boolean) =>
  graph.files
    .filter((file) => under(file, ...folders) && !isTest(file))
    .flatMap((file) => imports(file).filter((edge) => !allowed(edge.to, edge.typeOnly)).map((edge) => `${file} → ${edge.to}`));

describe("the import graph", () => {
  it("is read from the sources", () => {
    // the walker sees the real tree: a known edge of each kind is there
    expect(imports("server/main.ts").map((edge) => edge.to)).toContain("server/graph/seed-step.ts");
    expect(imports("server/graph/load-reference-facts.ts")).toContainEqual({ to: "extract/pipeline/default-knowledge.ts", typeOnly: false }); // dynamic import()
    expect(imports("server/graph/ingest-documents.ts")).toContainEqual({ to: "extract/model/extraction.ts", typeOnly: true });
    expect(graph.unresolved).toEqual([]);
  });

  it("has no cycles", () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it("model/ imports nothing of the project but itself", () => {
    expect(violations(["model"], (to) => under(to, "model"))).toEqual([]);
  });

  it("common/ imports nothing of the project but itself", () => {
    expect(violations(["common"], (to) => under(to, "common"))).toEqual([]);
  });

  it("extract/ imports only extract/ and common/ (never the server, never tests)", () => {
    expect(violations(["extract"], (to) => under(to, "extract", "common", "model"))).toEqual([]);
  });

  it("the explorer takes from the server types only (no server code, no zod in its bundle)", () => {
    expect(violations(["client/src"], (to, typeOnly) => under(to, "client/src", "common", "model") || (to.startsWith("extract/model/")) || typeOnly)).toEqual([]);
  });

  it("production code never imports test code", () => {
    expect(violations([...PRODUCTION, "client"], (to) => !under(to, "test"))).toEqual([]);
  });
});

describe("production folders", () => {
  // Benches, fixtures, test servers and try-out scripts live under test/.
  const devCode = /(^|\/)(bench|benches|fixtures?|testing|support|tools)(\/|$)|(^|\/|-)(bench|try|fixture)[-.]/;

  it("hold no bench, fixture or test helper", () => {
    const files = sourceFiles(projectRoot, PRODUCTION).filter((file) => !isTest(file));
    expect(files.filter((file) => devCode.test(file))).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  it("the name rule catches what used to be there", () => {
    for (const file of ["extract/bench/bench-extract.ts", "extract/normalise/bench-normalise.ts", "extract/commitments/try-seeds.ts", "server/api/testing/api-server.ts", "extract/pipeline/fixtures/x.txt"]) {
      expect(devCode.test(file), file).toBe(true);
    }
    for (const file of ["extract/pipeline/extract-document.ts", "server/api/routes/export-routes.ts", "client/src/graph-view.ts"]) expect(devCode.test(file), file).toBe(false);
  });
});

describe("findCycles", () => {
  const dir = mkdtempSync(join(tmpdir(), "kamergraaf-cycles-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("finds a cycle through a type-only import and leaves a tree alone", () => {
    mkdirSync(join(dir, "src"));
    writeFileSync(join(dir, "src", "a.ts"), 'import { b } from "./b.ts";\nexport const a = b;\n');
    writeFileSync(join(dir, "src", "b.ts"), 'import type { A } from "./c.ts";\nexport const b = 1 as A;\n');
    writeFileSync(join(dir, "src", "c.ts"), 'export type A = number;\nexport { a } from "./a.ts";\n');
    writeFileSync(join(dir, "src", "leaf.ts"), 'import { a } from "./a.ts";\nexport const leaf = () => import("./b.ts").then(() => a);\n');
    const cyclic = readImportGraph(dir, ["src"]);
    expect(findCycles(cyclic)).toEqual([["src/a.ts", "src/b.ts", "src/c.ts"]]);
    expect(cyclic.edges.get("src/b.ts")).toEqual([{ to: "src/c.ts", typeOnly: true }]);
    writeFileSync(join(dir, "src", "c.ts"), "export type A = number;\n");
    expect(findCycles(readImportGraph(dir, ["src"]))).toEqual([]);
  });
});
