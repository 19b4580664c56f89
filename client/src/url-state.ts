/**
 * Shareable view state in the URL hash: which entities are shown, which were
 * expanded, what is selected, the filters, the layout and the active view.
 * Example: #view=graph&show=ubr,ntf&exp=ubr&sel=FUNDED%7Cubr%7Cntf&min=2
 * Pinned nodes keep their place: pin=ubr,ntf&pinAt=120_-40,300_15 (parallel lists).
 */
import { NO_FILTERS, type Filters } from "./filters.ts";

export type ViewName = "graph" | "commitments" | "findings";
export type LayoutName = "fcose" | "concentric" | "breadthfirst";

export interface ViewState {
  view: ViewName;
  shown: string[];
  expanded: string[];
  selected: string | null;
  filters: Filters;
  layout: LayoutName;
  pathFrom: string | null;
  pathTo: string | null;
  /** Open document and the highlighted span in it. */
  doc: string | null;
  docFocus: { start: number; end: number } | null;
  /** Pinned nodes and where they are pinned (model coordinates, rounded). */
  pinned: { id: string; x: number; y: number }[];
}

export const EMPTY_STATE: ViewState = { view: "graph", shown: [], expanded: [], selected: null, filters: NO_FILTERS, layout: "fcose", pathFrom: null, pathTo: null, doc: null, docFocus: null, pinned: [] };

const VIEWS: ViewName[] = ["graph", "commitments", "findings"];
const LAYOUTS: LayoutName[] = ["fcose", "concentric", "breadthfirst"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Keys may contain ":" and "|" but never ","; entity keys are slugs.
const list = (value: string | null): string[] => (value ? value.split(",").filter(Boolean) : []);

export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== "graph") params.set("view", state.view);
  if (state.shown.length) params.set("show", state.shown.join(","));
  if (state.expanded.length) params.set("exp", state.expanded.join(","));
  if (state.selected) params.set("sel", state.selected);
  if (state.layout !== "fcose") params.set("layout", state.layout);
  const f = state.filters;
  if (f.hiddenNodeTypes.length) params.set("hideN", f.hiddenNodeTypes.join(","));
  if (f.hiddenRelationTypes.length) params.set("hideR", f.hiddenRelationTypes.join(","));
  if (f.from) params.set("from", f.from);
  if (f.to) params.set("to", f.to);
  if (f.minEvidence > 0) params.set("min", String(f.minEvidence));
  if (state.pathFrom) params.set("pf", state.pathFrom);
  if (state.pathTo) params.set("pt", state.pathTo);
  if (state.pinned.length) {
    params.set("pin", state.pinned.map((p) => p.id).join(","));
    params.set("pinAt", state.pinned.map((p) => `${Math.round(p.x)}_${Math.round(p.y)}`).join(","));
  }
  if (state.doc) params.set("doc", state.doc);
  if (state.doc && state.docFocus) params.set("at", `${state.docFocus.start}-${state.docFocus.end}`);
  return params.toString();
}

/** Parses a hash (with or without "#"); anything malformed falls back to the default rather than failing the page. */
export function decodeState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const view = params.get("view") as ViewName | null;
  const layout = params.get("layout") as LayoutName | null;
  const from = params.get("from");
  const to = params.get("to");
  const min = Number.parseInt(params.get("min") ?? "0", 10);
  const at = /^(\d+)-(\d+)$/.exec(params.get("at") ?? "");
  return {
    view: view && VIEWS.includes(view) ? view : "graph",
    shown: list(params.get("show")),
    expanded: list(params.get("exp")),
    selected: params.get("sel") || null,
    layout: layout && LAYOUTS.includes(layout) ? layout : "fcose",
    filters: {
      hiddenNodeTypes: list(params.get("hideN")),
      hiddenRelationTypes: list(params.get("hideR")),
      from: from && ISO_DATE.test(from) ? from : null,
      to: to && ISO_DATE.test(to) ? to : null,
      minEvidence: Number.isFinite(min) && min > 0 ? min : 0,
    },
    pathFrom: params.get("pf") || null,
    pathTo: params.get("pt") || null,
    doc: params.get("doc") || null,
    docFocus: at ? { start: Number(at[1]), end: Number(at[2]) } : null,
    pinned: decodePins(params.get("pin"), params.get("pinAt")),
  };
}

/** Pins whose position is missing or malformed are dropped rather than put at 0,0. */
function decodePins(ids: string | null, positions: string | null): { id: string; x: number; y: number }[] {
  const at = (positions ?? "").split(",");
  return list(ids).flatMap((id, i) => {
    const match = /^(-?\d+)_(-?\d+)$/.exec(at[i] ?? "");
    return match ? [{ id, x: Number(match[1]), y: Number(match[2]) }] : [];
  });
}
