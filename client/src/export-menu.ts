/** Export the current (filtered) view: PNG, Cytoscape JSON, GraphML, CSV. Generated in the browser. */
import { el } from "./dom.ts";
import { edgesCsv, nodesCsv, toGraphml } from "./export-formats.ts";
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
            const { nodes, edges } = graph.visibleData();
            const json = { format_version: "1.0", generated_by: "kamergraaf", elements: { nodes: nodes.map((data) => ({ data, position: graph.cy.getElementById(data.id).position() })), edges: edges.map((data) => ({ data })) } };
            download(`kamergraaf-${stamp()}.cyjs`, text(JSON.stringify(json, null, 2), "application/json"));
          },
        },
        "Cytoscape JSON",
      ),
      el("button", { type: "button", onclick: () => { const v = graph.visibleData(); download(`kamergraaf-${stamp()}.graphml`, text(toGraphml(v.nodes, v.edges), "application/xml")); } }, "GraphML"),
      el("button", { type: "button", onclick: () => download(`kamergraaf-nodes-${stamp()}.csv`, text(nodesCsv(graph.visibleData().nodes), "text/csv")) }, "Nodes CSV"),
      el("button", { type: "button", onclick: () => download(`kamergraaf-edges-${stamp()}.csv`, text(edgesCsv(graph.visibleData().edges), "text/csv")) }, "Edges CSV"),
    ),
  );
}
