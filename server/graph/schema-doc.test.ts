import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { relationTypeNames } from "../../extract/model/graph-model.ts";
import { readmePath, renderReadme } from "./schema-doc.ts";

describe("cypher/README.md", () => {
  const readme = readFileSync(readmePath, "utf8");

  it("has its generated tables in sync with graph-model.ts and cypher/queries (npx tsx server/graph/schema-doc.ts --write)", () => {
    expect(renderReadme(readme)).toBe(readme);
  });

  it("documents every relation type", () => {
    for (const type of relationTypeNames) expect(readme).toContain(`| \`${type}\` |`);
  });
});
