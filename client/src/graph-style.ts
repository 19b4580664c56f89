/** Cytoscape stylesheet built from the display schema (type → colour/shape, organisation kind → border). */
import type cytoscape from "cytoscape";
import { nodeStyleRows, organisationKindRows, relationRows } from "./graph-schema.ts";

// Labels are dark text on a white halo so they meet WCAG AA contrast on any background.
const LABEL_COLOUR = "#1a1a1a";

export function graphStylesheet(): cytoscape.StylesheetJson {
  const sheet: cytoscape.StylesheetJson = [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "font-size": 11,
        color: LABEL_COLOUR,
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
        "text-wrap": "ellipsis",
        "text-max-width": "140px",
        width: 28,
        height: 28,
        "border-width": 2,
        "border-color": "#ffffff",
        "min-zoomed-font-size": 7,
      },
    },
    {
      selector: "edge",
      style: {
        width: "mapData(evidenceCount, 1, 10, 1.5, 6)",
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.9,
        label: "data(relLabel)",
        "font-size": 9,
        color: LABEL_COLOUR,
        "text-rotation": "autorotate",
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
        "min-zoomed-font-size": 8,
      },
    },
  ];
  for (const row of nodeStyleRows()) {
    sheet.push({ selector: `node[type = "${row.type}"]`, style: { "background-color": row.color, shape: row.shape as cytoscape.Css.NodeShape } });
  }
  for (const row of organisationKindRows()) {
    sheet.push({ selector: `node[type = "Organisation"][kind = "${row.kind}"]`, style: { "border-color": row.color, "border-width": 4 } });
  }
  for (const row of relationRows()) {
    sheet.push({ selector: `edge[type = "${row.type}"]`, style: { "line-color": row.color, "target-arrow-color": row.color } });
  }
  sheet.push(
    { selector: "node.pinned", style: { "border-style": "double", "border-width": 6, "border-color": "#111111" } },
    { selector: ".faded", style: { opacity: 0.15, "text-opacity": 0 } },
    { selector: "node.hovered, node:selected", style: { "border-color": "#ffbf00", "border-width": 5, "z-index": 20 } },
    { selector: "edge.hovered, edge:selected", style: { width: 5, "z-index": 20, "line-style": "solid" } },
    { selector: "node.path", style: { "border-color": "#000000", "border-width": 6, "z-index": 30 } },
    { selector: "edge.path", style: { width: 6, "line-color": "#000000", "target-arrow-color": "#000000", "z-index": 30 } },
    { selector: ".filtered", style: { display: "none" } },
    // Many edges: haystack edges are cheap to draw (no arrows or label routing).
    { selector: "edge.haystack", style: { "curve-style": "haystack", "haystack-radius": 0.5, label: "" } },
  );
  return sheet;
}
