import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { ALIAS_SEPARATOR, csvField, toCyjs, toEdgesCsv, toGexf, toGraphml, toNodesCsv, type ExportElements } from "./graph-export.ts";

// Names with every character that breaks naive XML/CSV writers.
const nasty = `Tom & "Jerry" <BV> 'x'\u0001`;
const elements: ExportElements = {
  nodes: [
    { data: { id: "a&b", label: nasty, type: "Organisation", kind: "company", aliases: ["A, B", "=cmd"], docCount: 2 } },
    { data: { id: "doc:000_x", label: "Brief\nmet regel", type: "Document", kind: "kamerbrief", aliases: [], docCount: 0 } },
  ],
  edges: [
    { data: { id: "FUNDED|a&b|doc:000_x", source: "a&b", target: "doc:000_x", type: "FUNDED", label: "funded", evidenceCount: 3, firstDate: "2020-01-01", lastDate: null } },
  ],
};

describe("XML exports", () => {
  it.each([
    ["graphml", toGraphml(elements)],
    ["gexf", toGexf(elements, "2026-01-01")],
  ])("%s is well-formed and round-trips names", (_format, xml) => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("\u0001");
    const parsed = JSON.stringify(new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(xml));
    expect(parsed).toContain(`Tom & \\"Jerry\\" <BV> 'x'`);
  });

  it("graphml declares every data key it uses", () => {
    const xml = toGraphml(elements);
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    for (const key of used) expect(declared.has(key)).toBe(true);
  });
});

describe("CSV exports", () => {
  it("quotes commas, quotes and newlines and neutralises formulas", () => {
    expect(csvField('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(toNodesCsv(elements).split("\r\n")[0]).toBe("id,label,type,kind,aliases,docCount");
    expect(toNodesCsv(elements)).toContain('"A, B | =cmd"');
    expect(toEdgesCsv(elements)).toBe(
      "id,source,target,type,label,evidenceCount,firstDate,lastDate\r\nFUNDED|a&b|doc:000_x,a&b,doc:000_x,FUNDED,funded,3,2020-01-01,\r\n",
    );
  });
});

describe("aliases in one field", () => {
  // Real names carry commas ("Ministerie van Binnenlandse Zaken, directie X") and
  // a Dutch spreadsheet splits CSV on ";": the separator must be neither.
  const aliases = ["Uitvoeringsorganisatie Bedrijfsvoering Rijk", "UBR, afdeling HR", "UBR;ICT"];
  const node = { data: { id: "ubr", label: "UBR", type: "Organisation", kind: "agency", aliases, docCount: 1 } };

  it("are joined with the separator that occurs in no name, and split back losslessly", () => {
    for (const alias of aliases) expect(alias).not.toContain(ALIAS_SEPARATOR);
    const [, row] = toNodesCsv({ nodes: [node], edges: [] }).split("\r\n");
    const cell = row!.match(/^ubr,UBR,Organisation,agency,"(.*)",1$/)?.[1];
    expect(cell?.split(ALIAS_SEPARATOR)).toEqual(aliases);
    const xml = toGraphml({ nodes: [node], edges: [] });
    expect(xml).toContain(`<data key="n_aliases">${aliases.join(" | ")}</data>`);
  });
});

describe("the explorer's view (what client/src/export-menu.ts passes)", () => {
  // Cytoscape data of the explorer: no docCount, edges without a label, nodes with positions.
  const view: ExportElements = {
    nodes: [{ data: { id: "ubr", label: "Uitvoeringsorganisatie <Bedrijfsvoering> & Rijk", type: "Organisation", kind: "agency" } }, { data: { id: "ntf", label: "NTF", type: "Organisation" } }],
    edges: [{ data: { id: "FUNDED|ubr|ntf", source: "ubr", target: "ntf", type: "FUNDED", evidenceCount: 3, firstDate: "2020-03-01" } }],
  };

  it("writes GraphML and GEXF without empty typed values", () => {
    const graphml = toGraphml(view);
    expect(XMLValidator.validate(graphml)).toBe(true);
    expect(graphml).toContain("Uitvoeringsorganisatie &lt;Bedrijfsvoering&gt; &amp; Rijk");
    expect(graphml).toContain('<edge id="FUNDED|ubr|ntf" source="ubr" target="ntf">');
    expect(graphml).toContain('<data key="e_evidenceCount">3</data>');
    expect(graphml).not.toMatch(/<data key="[^"]+"><\/data>/);
    const gexf = toGexf(view, "2026-01-01");
    expect(XMLValidator.validate(gexf)).toBe(true);
    expect(gexf).not.toContain('value=""');
    expect(gexf).toContain('label="FUNDED"');
  });

  it("writes the same CSV columns as the API", () => {
    expect(toNodesCsv(view)).toBe("id,label,type,kind,aliases,docCount\r\nubr,Uitvoeringsorganisatie <Bedrijfsvoering> & Rijk,Organisation,agency,,\r\nntf,NTF,Organisation,,,\r\n");
    expect(toEdgesCsv(view).split("\r\n")[1]).toBe("FUNDED|ubr|ntf,ubr,ntf,FUNDED,,3,2020-03-01,");
  });

  it("keeps node positions in Cytoscape JSON", () => {
    const json = JSON.parse(toCyjs({ nodes: [{ data: view.nodes[0]!.data, position: { x: 1, y: 2 } } as ExportElements["nodes"][number]], edges: [] }));
    expect(json.elements.nodes[0].position).toEqual({ x: 1, y: 2 });
    expect(json.generated_by).toBe("kamergraaf");
  });
});
