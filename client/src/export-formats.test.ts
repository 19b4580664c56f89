import { describe, expect, it } from "vitest";
import { csvCell, edgesCsv, nodesCsv, toGraphml } from "./export-formats.ts";

describe("export formats", () => {
  it("writes GraphML with escaped ids and values", () => {
    const xml = toGraphml(
      [{ id: "ubr", label: "Uitvoeringsorganisatie <Bedrijfsvoering> & Rijk", type: "Organisation", kind: "agency" }, { id: "ntf", label: "NTF", type: "Organisation" }],
      [{ id: "FUNDED|ubr|ntf", source: "ubr", target: "ntf", type: "FUNDED", evidenceCount: 3, firstDate: "2020-03-01" }],
    );
    expect(xml).toContain('<node id="ubr">');
    expect(xml).toContain("Uitvoeringsorganisatie &lt;Bedrijfsvoering&gt; &amp; Rijk");
    expect(xml).toContain('<edge id="FUNDED|ubr|ntf" source="ubr" target="ntf">');
    expect(xml).toContain('<data key="e_evidenceCount">3</data>');
    expect(xml).not.toContain("<Bedrijfsvoering>");
  });

  it("quotes CSV cells and defuses spreadsheet formulas", () => {
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(["a", "b"])).toBe("a;b");
    expect(nodesCsv([{ id: "ubr", label: "UBR", type: "Organisation", aliases: ["Uitvoeringsorganisatie Bedrijfsvoering Rijk"] }])).toBe(
      "id,label,type,kind,aliases\r\nubr,UBR,Organisation,,Uitvoeringsorganisatie Bedrijfsvoering Rijk\r\n",
    );
    expect(edgesCsv([{ id: "FUNDED|ubr|ntf", source: "ubr", target: "ntf", type: "FUNDED", evidenceCount: 1 }]).split("\r\n")[1]).toBe("FUNDED|ubr|ntf,ubr,ntf,FUNDED,1,,");
  });
});
