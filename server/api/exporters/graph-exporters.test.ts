import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Elements } from "../schemas/common.ts";
import { csvField, toEdgesCsv, toGexf, toGraphml, toNodesCsv } from "./graph-exporters.ts";

// Names with every character that breaks naive XML/CSV writers.
const nasty = `Tom & "Jerry" <BV> 'x'\u0001`;
const elements: Elements = {
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
