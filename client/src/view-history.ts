/**
 * Undo / redo on top of the browser's history: every view change pushes a
 * history entry (the URL hash of the view, plus the index of its snapshot), so
 * Ctrl+Z, Ctrl+Shift+Z and the browser's Back and Forward walk the same steps.
 * Entries of another page load (after a reload) are recognised by their
 * session id and restored from their URL instead.
 */
import { sameSnapshot, type Snapshot } from "./view-snapshot.ts";

interface EntryState { kamergraaf: string; index: number }

/** Changes of one kind within this time are one step (dragging a date slider is one undo). */
const COALESCE_MS = 1000;

export class ViewHistory {
  private readonly session = Math.random().toString(36).slice(2);
  private stack: Snapshot[] = [];
  private index = -1;
  private last: { key: string; at: number } | null = null;

  /** The first entry: the view the page opened with (or an external URL state), replacing the current entry. */
  reset(snap: Snapshot, hash: string): void {
    this.stack = [snap];
    this.index = 0;
    this.last = null;
    history.replaceState(this.entry(), "", url(hash));
  }

  /** A view change: a new entry (forward steps are dropped), or the same entry when `coalesce` repeats quickly. */
  record(snap: Snapshot, hash: string, coalesce?: string): void {
    const now = Date.now();
    if (sameSnapshot(this.stack[this.index], snap)) {
      this.replaceUrl(hash);
      return;
    }
    if (coalesce && this.last?.key === coalesce && now - this.last.at < COALESCE_MS && this.index > 0) {
      this.stack[this.index] = snap;
      this.last = { key: coalesce, at: now };
      this.replaceUrl(hash);
      return;
    }
    this.stack = this.stack.slice(0, this.index + 1);
    this.stack.push(snap);
    this.index = this.stack.length - 1;
    this.last = coalesce ? { key: coalesce, at: now } : null;
    history.pushState(this.entry(), "", url(hash));
  }

  /** Same step, new URL (selection, open document, tab). */
  replaceUrl(hash: string): void {
    history.replaceState(this.entry(), "", url(hash));
  }

  /** The snapshot a popstate leads to, or null when the entry is not one of this page load's. */
  arrive(state: unknown): Snapshot | null {
    this.last = null;
    const entry = state as EntryState | null;
    if (!entry || entry.kamergraaf !== this.session || !this.stack[entry.index]) return null;
    this.index = entry.index;
    return this.stack[entry.index]!;
  }

  /** An entry the browser made (a typed or pasted hash): it becomes the step after the current one. */
  adopt(snap: Snapshot, hash: string): void {
    this.stack = this.stack.slice(0, this.index + 1);
    this.stack.push(snap);
    this.index = this.stack.length - 1;
    this.last = null;
    history.replaceState(this.entry(), "", url(hash));
  }

  canUndo(): boolean {
    return this.index > 0;
  }

  canRedo(): boolean {
    return this.index < this.stack.length - 1;
  }

  private entry(): EntryState {
    return { kamergraaf: this.session, index: this.index };
  }
}

const url = (hash: string) => (hash ? `#${hash}` : location.pathname + location.search);
