import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entityTypeNames, relationTypeNames, structuralNodeLabels, structuralRelationTypes } from "../../model/graph-model.ts";
import { projectRoot } from "../../common/paths.ts";
import { generatedArtefacts } from "./generate-artefacts.ts";

describe("artefacts generated from model/graph-model.json", () => {
  for (const artefact of generatedArtefacts()) {
    it(`${artefact.path.slice(projectRoot.length + 1)} is up to date (npx tsx server/graph/generate-artefacts.ts --write)`, () => {
      expect(artefact.current).toBe(artefact.next);
    });
  }
});

describe("the Cypher files name only types of the model", () => {
  const files = ["api", "ingest", "queries"].flatMap((dir) =>
    readdirSync(join(projectRoot, "cypher", dir)).filter((f) => f.endsWith(".cypher")).map((f) => join(projectRoot, "cypher", dir, f)),
  );
  const text = files.map((f) => readFileSync(f, "utf8").replace(/\/\/.*$/gm, "")).join("\n");
  // __NAME__ is a placeholder filled from the model at load (cypher-files.ts, typed-statements.ts)
  const placeholder = /^__[A-Z_]+__$/;
  const relationTypes = new Set<string>([...relationTypeNames, ...structuralRelationTypes]);
  const labels = new Set<string>([...structuralNodeLabels, ...entityTypeNames]);

  it("relationship types", () => {
    const used = [...text.matchAll(/\[\w*:([A-Z_|]+)[\s\]{*]/g)].flatMap((m) => m[1]!.split("|"));
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((t) => !relationTypes.has(t) && !placeholder.test(t))).toEqual([]);
  });

  it("node labels", () => {
    const used = [...text.matchAll(/\(\w*:(\w+)[\s){]/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((l) => !labels.has(l) && !placeholder.test(l))).toEqual([]);
  });
});
