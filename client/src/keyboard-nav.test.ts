import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { nextNode } from "./keyboard-nav.ts";

// A plus sign: centre c, with r(ight), l(eft), u(p), d(own), and a far corner node.
function graph() {
  const at = { c: [0, 0], r: [100, 10], l: [-100, 0], u: [5, -100], d: [0, 100], far: [400, 400] } as const;
  return cytoscape({ headless: true, layout: { name: "preset" }, elements: Object.entries(at).map(([id, [x, y]]) => ({ data: { id }, position: { x, y } })) });
}

describe("nextNode", () => {
  it("moves to the nearest node in the arrow's direction", () => {
    const cy = graph();
    const c = cy.getElementById("c");
    expect(nextNode(cy.nodes(), c, "ArrowRight")?.id()).toBe("r");
    expect(nextNode(cy.nodes(), c, "ArrowLeft")?.id()).toBe("l");
    expect(nextNode(cy.nodes(), c, "ArrowUp")?.id()).toBe("u");
    expect(nextNode(cy.nodes(), c, "ArrowDown")?.id()).toBe("d");
  });

  it("starts at the top-left node when nothing is selected, and never gets stuck at an edge", () => {
    const cy = graph();
    expect(nextNode(cy.nodes(), null, "ArrowRight")?.id()).toBe("u");
    // Nothing lies right of 'far': the reading order wraps, so every node stays reachable.
    expect(nextNode(cy.nodes(), cy.getElementById("far"), "ArrowRight")?.id()).toBe("u");
  });

  it("returns null for an empty graph", () => {
    expect(nextNode(cytoscape({ headless: true }).nodes(), null, "ArrowDown")).toBeNull();
  });
});
