import { escapeXml } from "./xml-escape.ts";

// Subgraph exports for other tools: Cytoscape (JSON), yEd/Gephi (GraphML),
// Gephi (GEXF) and spreadsheets (CSV). All take the same Cytoscape elements.
// One module for the API (GET /api/export) and the explorer (the current
// view, written in the browser), so a file means the same from either; pure
// and free of Node and zod, so the explorer bundle can carry it.

/** Node data as the API sends it (docCount may be missing in the explorer's own nodes). */
export interface ExportNode { id: string; label: string; type: string; kind?: string | null; aliases?: readonly string[]; docCount?: number }
export interface ExportEdge { id: string; source: string; target: string; type: string; label?: string; evidenceCount?: number; firstDate?: string | null; lastDate?: string | null }
/** Cytoscape elements; extra fields (e.g. a node's position) are kept by the JSON export. */
export interface ExportElements { nodes: ReadonlyArray<{ data: ExportNode }>; edges: ReadonlyArray<{ data: ExportEdge }> }
type CyNode = ExportElements["nodes"][number];
type CyEdge = ExportElements["edges"][number];

/**
 * Between the aliases of one node in a single text field. Not ";" or ",":
 * those are CSV field separators (a Dutch spreadsheet splits on ";"), and
 * organisation names contain commas; " | " occurs in no name.
 */
export const ALIAS_SEPARATOR = " | ";

export const EXPORT_FORMATS = {
  cyjs: { contentType: "application/json", extension: "cyjs" },
  graphml: { contentType: "application/graphml+xml", extension: "graphml" },
  gexf: { contentType: "application/gexf+xml", extension: "gexf" },
  "nodes.csv": { contentType: "text/csv", extension: "nodes.csv" },
  "edges.csv": { contentType: "text/csv", extension: "edges.csv" },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Cytoscape desktop / cytoscape.js JSON ("elements" form). */
export function toCyjs(elements: ExportElements): string {
  return JSON.stringify({ format_version: "1.0", generated_by: "kamergraaf", data: { name: "kamergraaf export" }, elements }, null, 2);
}

const nodeAttributes = [
  { id: "label", type: "string", get: (n: CyNode) => n.data.label },
  { id: "type", type: "string", get: (n: CyNode) => n.data.type },
  { id: "kind", type: "string", get: (n: CyNode) => n.data.kind ?? "" },
  { id: "aliases", type: "string", get: (n: CyNode) => (n.data.aliases ?? []).join(ALIAS_SEPARATOR) },
  { id: "docCount", type: "int", get: (n: CyNode) => n.data.docCount ?? "" },
] as const;

const edgeAttributes = [
  { id: "type", type: "string", get: (e: CyEdge) => e.data.type },
  { id: "label", type: "string", get: (e: CyEdge) => e.data.label ?? "" },
  { id: "evidenceCount", type: "int", get: (e: CyEdge) => e.data.evidenceCount ?? "" },
  { id: "firstDate", type: "string", get: (e: CyEdge) => e.data.firstDate ?? "" },
  { id: "lastDate", type: "string", get: (e: CyEdge) => e.data.lastDate ?? "" },
] as const;

export function toGraphml(elements: ExportElements): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeAttributes.map((a) => `  <key id="n_${a.id}" for="node" attr.name="${a.id}" attr.type="${a.type}"/>`),
    ...edgeAttributes.map((a) => `  <key id="e_${a.id}" for="edge" attr.name="${a.id}" attr.type="${a.type}"/>`),
    '  <graph id="kamergraaf" edgedefault="directed">',
  ];
  for (const node of elements.nodes) {
    lines.push(`    <node id="${escapeXml(node.data.id)}">`);
    for (const a of nodeAttributes) if (a.get(node) !== "") lines.push(`      <data key="n_${a.id}">${escapeXml(a.get(node))}</data>`);
    lines.push("    </node>");
  }
  for (const edge of elements.edges) {
    lines.push(`    <edge id="${escapeXml(edge.data.id)}" source="${escapeXml(edge.data.source)}" target="${escapeXml(edge.data.target)}">`);
    for (const a of edgeAttributes) if (a.get(edge) !== "") lines.push(`      <data key="e_${a.id}">${escapeXml(a.get(edge))}</data>`);
    lines.push("    </edge>");
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

const gexfType = (type: string) => (type === "int" ? "integer" : "string");

export function toGexf(elements: ExportElements, today = new Date().toISOString().slice(0, 10)): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta lastmodifieddate="${today}"><creator>kamergraaf</creator></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...nodeAttributes.filter((a) => a.id !== "label").map((a, i) => `      <attribute id="${i}" title="${a.id}" type="${gexfType(a.type)}"/>`),
    "    </attributes>",
    '    <attributes class="edge">',
    ...edgeAttributes.filter((a) => a.id !== "label").map((a, i) => `      <attribute id="${i}" title="${a.id}" type="${gexfType(a.type)}"/>`),
    "    </attributes>",
    "    <nodes>",
  ];
  for (const node of elements.nodes) {
    lines.push(`      <node id="${escapeXml(node.data.id)}" label="${escapeXml(node.data.label)}">`, "        <attvalues>");
    nodeAttributes
      .filter((a) => a.id !== "label")
      .forEach((a, i) => a.get(node) !== "" && lines.push(`          <attvalue for="${i}" value="${escapeXml(a.get(node))}"/>`));
    lines.push("        </attvalues>", "      </node>");
  }
  lines.push("    </nodes>", "    <edges>");
  for (const edge of elements.edges) {
    lines.push(
      `      <edge id="${escapeXml(edge.data.id)}" source="${escapeXml(edge.data.source)}" target="${escapeXml(edge.data.target)}" label="${escapeXml(edge.data.label ?? edge.data.type)}" weight="${Math.max(edge.data.evidenceCount ?? 1, 1)}">`,
      "        <attvalues>",
    );
    edgeAttributes
      .filter((a) => a.id !== "label")
      .forEach((a, i) => a.get(edge) !== "" && lines.push(`          <attvalue for="${i}" value="${escapeXml(a.get(edge))}"/>`));
    lines.push("        </attvalues>", "      </edge>");
  }
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}

/**
 * RFC 4180 field. Cells starting with = + - @ (or tab/CR) are prefixed with
 * a quote so spreadsheets do not run them as formulas (CSV injection).
 */
export function csvField(value: unknown): string {
  let text = String(value ?? "");
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function toNodesCsv(elements: ExportElements): string {
  return csv(
    ["id", ...nodeAttributes.map((a) => a.id)],
    elements.nodes.map((n) => [n.data.id, ...nodeAttributes.map((a) => a.get(n))]),
  );
}

export function toEdgesCsv(elements: ExportElements): string {
  return csv(
    ["id", "source", "target", ...edgeAttributes.map((a) => a.id)],
    elements.edges.map((e) => [e.data.id, e.data.source, e.data.target, ...edgeAttributes.map((a) => a.get(e))]),
  );
}

export function exportElements(format: ExportFormat, elements: ExportElements): string {
  switch (format) {
    case "cyjs":
      return toCyjs(elements);
    case "graphml":
      return toGraphml(elements);
    case "gexf":
      return toGexf(elements);
    case "nodes.csv":
      return toNodesCsv(elements);
    case "edges.csv":
      return toEdgesCsv(elements);
  }
}
