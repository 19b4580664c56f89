/** Frame-time statistics of the explorer bench (pure, unit-tested). */
import type { FrameRecord } from "./bench-page.ts";

export interface FrameStats { frames: number; renders: number; p50: number; p95: number; max: number; drawP95: number }

/** Nearest-rank percentile of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error("percentile of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function summarise(record: FrameRecord): FrameStats {
  if (record.intervals.length === 0) throw new Error("no frames were recorded during the gesture");
  return {
    frames: record.intervals.length,
    renders: record.renders,
    p50: round1(percentile(record.intervals, 50)),
    p95: round1(percentile(record.intervals, 95)),
    max: round1(Math.max(...record.intervals)),
    drawP95: record.drawMs.length ? round1(percentile(record.drawMs, 95)) : 0,
  };
}
