import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { relationTypeNames, structuralNodeLabels, structuralRelationTypes } from "../../model/graph-model.ts";
import { readmePath, renderReadme } from "./schema-doc.ts";

describe("cypher/README.md", () => {
  const rendered = renderReadme(readFileSync(readmePath, "utf8"));

  it("documents every relation type, structural relationship and node label of the model", () => {
    for (const type of [...relationTypeNames, ...structuralRelationTypes]) expect(rendered).toContain(`| \`${type}\` |`);
    for (const label of structuralNodeLabels) expect(rendered).toMatch(new RegExp(`^\\| \`${label}\`[^|]*\\| \`key\``, "m"));
  });

  it("refuses a README that lost a generated block", () => {
    expect(() => renderReadme("# no blocks")).toThrow(/lacks the block <!-- BEGIN generated:nodes -->/);
  });
});
