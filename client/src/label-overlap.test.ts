import { describe, expect, it } from "vitest";
import { countOverlaps, separate, type Box } from "./label-overlap.ts";

// A node of 28 px with a label of 100 × 14 px below it.
const node = (id: string, x: number, y: number, movable = true): Box => ({ id, x, y, left: -50, right: 50, top: -14, bottom: 32, movable });

function apply(boxes: Box[], moved: Map<string, { x: number; y: number }>): Box[] {
  return boxes.map((b) => ({ ...b, ...(moved.get(b.id) ?? {}) }));
}

describe("separate", () => {
  it("pulls apart a row of stacked labels", () => {
    const boxes = Array.from({ length: 12 }, (_, i) => node(`n${i}`, i * 30, 0));
    expect(countOverlaps(boxes)).toBeGreaterThan(0);
    expect(countOverlaps(apply(boxes, separate(boxes)))).toBe(0);
  });

  it("moves only movable boxes: a new node put on a fixed one moves, the fixed one stays", () => {
    const boxes = [node("ntf", 0, 0, false), node("directeur", 10, 8)];
    const moved = separate(boxes);
    expect(moved.has("ntf")).toBe(false);
    expect(countOverlaps(apply(boxes, moved))).toBe(0);
  });

  it("frees a new node squeezed between fixed ones that leave it no room", () => {
    const boxes = [node("a", 0, 0, false), node("b", 104, 0, false), node("c", 52, 46, false), node("d", 52, -46, false), node("new", 52, 0)];
    expect(countOverlaps(apply(boxes, separate(boxes)))).toBe(0);
  });

  it("leaves boxes that do not overlap where they are", () => {
    const boxes = [node("a", 0, 0), node("b", 300, 0), node("c", 0, 300)];
    expect(separate(boxes).size).toBe(0);
  });

  it("cannot separate two fixed boxes and does not try", () => {
    const boxes = [node("a", 0, 0, false), node("b", 5, 5, false)];
    expect(separate(boxes).size).toBe(0);
  });
});
