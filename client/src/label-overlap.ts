/**
 * Moves nodes apart until no two boxes (node plus its label) overlap. Layouts
 * place node centres; labels hang below and are wider than the node, so fcose
 * and breadth-first stack labels ("directeur UBR" drawn on NTF). Pure: boxes
 * in, positions out; fixed boxes (pinned, or already placed before an
 * incremental layout) never move.
 */
export interface Box {
  id: string;
  /** Node position (the box is given relative to it, so labels below a node move with it). */
  x: number;
  y: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  movable: boolean;
}

const GAP = 6;

/** New positions of the movable boxes that had to move. */
export function separate(input: readonly Box[], maxRounds = 60): Map<string, { x: number; y: number }> {
  const boxes = input.map((b) => ({ ...b }));
  const moved = new Map<string, { x: number; y: number }>();
  for (let round = 0; round < maxRounds; round++) {
    let overlaps = 0;
    // Sweep in x: only boxes whose x-ranges meet are compared.
    const order = [...boxes].sort((a, b) => a.x + a.left - (b.x + b.left));
    for (let i = 0; i < order.length; i++) {
      const a = order[i]!;
      for (let j = i + 1; j < order.length; j++) {
        const b = order[j]!;
        if (b.x + b.left >= a.x + a.right + GAP) break;
        if (!a.movable && !b.movable) continue;
        const ox = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x + a.left, b.x + b.left) + GAP;
        const oy = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y + a.top, b.y + b.top) + GAP;
        if (ox <= 0 || oy <= 0) continue;
        overlaps++;
        // Push along the axis that needs the shorter move; split it when both may move.
        const share = a.movable && b.movable ? 0.5 : 1;
        if (ox < oy) {
          const dir = a.x + (a.left + a.right) / 2 <= b.x + (b.left + b.right) / 2 ? 1 : -1;
          if (a.movable) a.x -= dir * ox * share;
          if (b.movable) b.x += dir * ox * share;
        } else {
          const dir = a.y + (a.top + a.bottom) / 2 <= b.y + (b.top + b.bottom) / 2 ? 1 : -1;
          if (a.movable) a.y -= dir * oy * share;
          if (b.movable) b.y += dir * oy * share;
        }
        if (a.movable) moved.set(a.id, { x: a.x, y: a.y });
        if (b.movable) moved.set(b.id, { x: b.x, y: b.y });
      }
    }
    if (overlaps === 0) break;
  }
  // Pushing can oscillate (a node squeezed between two fixed ones): those go to the nearest free spot.
  for (const box of boxes) {
    if (!box.movable || !boxes.some((other) => other !== box && hit(box, other))) continue;
    const spot = freeSpot(box, boxes);
    if (spot) {
      box.x = spot.x;
      box.y = spot.y;
      moved.set(box.id, spot);
    }
  }
  return moved;
}

function hit(a: Box, b: Box, gap = 0): boolean {
  return a.x + a.left < b.x + b.right + gap && b.x + b.left < a.x + a.right + gap && a.y + a.top < b.y + b.bottom + gap && b.y + b.top < a.y + a.bottom + gap;
}

/** The nearest position on widening rings around the box where it touches nothing. */
function freeSpot(box: Box, boxes: readonly Box[]): { x: number; y: number } | null {
  const step = Math.max(12, (box.bottom - box.top) / 2);
  for (let ring = 1; ring <= 40; ring++) {
    const r = ring * step;
    const points = 8 + ring * 4;
    for (let k = 0; k < points; k++) {
      const angle = (2 * Math.PI * k) / points;
      const probe = { ...box, x: box.x + r * Math.cos(angle), y: box.y + r * Math.sin(angle) };
      if (!boxes.some((other) => other !== box && hit(probe, other, GAP))) return { x: probe.x, y: probe.y };
    }
  }
  return null;
}

/** Number of overlapping pairs (for tests and for deciding whether a pass is needed). */
export function countOverlaps(boxes: readonly Box[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x + a.left < b.x + b.right && b.x + b.left < a.x + a.right && a.y + a.top < b.y + b.bottom && b.y + b.top < a.y + a.bottom) n++;
    }
  return n;
}
