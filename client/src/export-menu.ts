/**
 * Export the current (filtered) view: PNG, Cytoscape JSON, GraphML, CSV.
 * Generated in the browser by the same exporter as GET /api/export
 * (common/graph-export.ts), so both files have the same columns and alias separator.
 */
import { EXPORT_FORMATS, toCyjs, toEdgesCsv, toGraphml, toNodesCsv, type ExportElements } from "../../common/graph-export.ts";
import { el } from "./dom.ts";
import type { GraphView } from "./graph-view.ts";

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: name });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportMenu(graph: GraphView): HTMLElement {
  const stamp = () => new Date().toISOString().slice(0, 19).replaceAll(":", "");
  const text = (body: string, type: string) => new Blob([body], { type: `${type};charset=utf-8` });
  const view = (): ExportElements => {
    const { nodes, edges } = graph.visibleData();
    return { nodes: nodes.map((data) => ({ data })), edges: edges.map((data) => ({ data })) };
  };
  return el(
    "section",
    { class: "export", "aria-labelledby": "export-title" },
    el("h2", { id: "export-title" }, "Export view"),
    el(
      "div",
      { class: "actions" },
      el("button", { type: "button", onclick: () => download(`kamergraaf-${stamp()}.png`, graph.cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }) as unknown as Blob) }, "PNG"),
      el(
        "button",
        {
          type: "button",
          onclick: () => {
            const { nodes, edges } = view();
            // positions too, so Cytoscape desktop opens the layout the user sees
            const placed = nodes.map((node) => ({ ...node, position: graph.cy.getElementById(node.data.id).position() }));
            download(`kamergraaf-${stamp()}.cyjs`, text(toCyjs({ nodes: placed, edges }), EXPORT_FORMATS.cyjs.contentType));
          },
        },
        "Cytoscape JSON",
      ),
      el("button", { type: "button", onclick: () => download(`kamergraaf-${stamp()}.graphml`, text(toGraphml(view()), EXPORT_FORMATS.graphml.contentType)) }, "GraphML"),
      el("button", { type: "button", onclick: () => download(`kamergraaf-nodes-${stamp()}.csv`, text(toNodesCsv(view()), EXPORT_FORMATS["nodes.csv"].contentType)) }, "Nodes CSV"),
      el("button", { type: "button", onclick: () => download(`kamergraaf-edges-${stamp()}.csv`, text(toEdgesCsv(view()), EXPORT_FORMATS["edges.csv"].contentType)) }, "Edges CSV"),
    ),
  );
}
