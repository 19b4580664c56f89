/** Client-side filtering of commitments (pure, unit-tested). */
import type { Commitment } from "./api-client.ts";

export interface CommitmentFilter { actor: string; status: "all" | "open" | "overdue"; dueFrom: string | null; dueTo: string | null; text: string }

export const ALL_COMMITMENTS: CommitmentFilter = { actor: "", status: "all", dueFrom: null, dueTo: null, text: "" };

export function filterCommitments(list: Commitment[], filter: CommitmentFilter): Commitment[] {
  const actor = filter.actor.trim().toLowerCase();
  const text = filter.text.trim().toLowerCase();
  return list.filter((c) => {
    if (filter.status !== "all" && c.status !== filter.status) return false;
    if (actor && !`${c.actor?.name ?? ""} ${c.actor?.key ?? ""}`.toLowerCase().includes(actor)) return false;
    if (text && !`${c.text} ${c.quote}`.toLowerCase().includes(text)) return false;
    // A due-date range only keeps commitments that have a due date inside it.
    if (filter.dueFrom && (!c.due || c.due < filter.dueFrom)) return false;
    if (filter.dueTo && (!c.due || c.due > filter.dueTo)) return false;
    return true;
  });
}

/** Sort: dated commitments by due date, undated last. */
export function byDue(a: Commitment, b: Commitment): number {
  if (a.due && b.due) return a.due.localeCompare(b.due);
  return a.due ? -1 : b.due ? 1 : 0;
}
