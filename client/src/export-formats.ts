/** Serialisers for exporting the current view (pure; the browser only wraps them in a Blob). */

export interface ExportNode { id: string; label?: string; type?: string; kind?: string | null; aliases?: string[] }
export interface ExportEdge { id: string; source: string; target: string; type?: string; evidenceCount?: number; firstDate?: string | null; lastDate?: string | null }

const NODE_FIELDS = ["label", "type", "kind"] as const;
const EDGE_FIELDS = ["type", "evidenceCount", "firstDate", "lastDate"] as const;

export function xmlEscape(value: string): string {
  return value.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!)
    // Control characters other than tab/newline are not allowed in XML 1.0.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
}

export function toGraphml(nodes: ExportNode[], edges: ExportEdge[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_FIELDS.map((f) => `  <key id="n_${f}" for="node" attr.name="${f}" attr.type="string"/>`),
    `  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>`,
    `  <key id="e_evidenceCount" for="edge" attr.name="evidenceCount" attr.type="int"/>`,
    `  <key id="e_firstDate" for="edge" attr.name="firstDate" attr.type="string"/>`,
    `  <key id="e_lastDate" for="edge" attr.name="lastDate" attr.type="string"/>`,
    '  <graph id="kamergraaf" edgedefault="directed">',
  ];
  for (const node of nodes) {
    lines.push(`    <node id="${xmlEscape(node.id)}">`);
    for (const f of NODE_FIELDS) {
      const value = node[f as keyof ExportNode];
      if (value !== undefined && value !== null && value !== "") lines.push(`      <data key="n_${f}">${xmlEscape(String(value))}</data>`);
    }
    lines.push("    </node>");
  }
  for (const edge of edges) {
    lines.push(`    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">`);
    for (const f of EDGE_FIELDS) {
      const value = edge[f as keyof ExportEdge];
      if (value !== undefined && value !== null && value !== "") lines.push(`      <data key="e_${f}">${xmlEscape(String(value))}</data>`);
    }
    lines.push("    </edge>");
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return "";
  let text = Array.isArray(value) ? value.join(";") : String(value);
  // Spreadsheet formula injection: a leading =, +, - or @ would be evaluated.
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<T extends object>(header: (keyof T & string)[], rows: T[]): string {
  return [header.join(","), ...rows.map((row) => header.map((h) => csvCell(row[h])).join(","))].join("\r\n") + "\r\n";
}

export function nodesCsv(nodes: ExportNode[]): string {
  return toCsv(["id", "label", "type", "kind", "aliases"], nodes);
}

export function edgesCsv(edges: ExportEdge[]): string {
  return toCsv(["id", "source", "target", "type", "evidenceCount", "firstDate", "lastDate"], edges);
}
