/** Left panel: filters (node types, relation types, date range, minimum evidence) with the legend built in. */
import { el } from "./dom.ts";
import type { Filters } from "./filters.ts";
import { nodeStyleRows, organisationKindRows, relationRows } from "./graph-schema.ts";

const DAY = 86_400_000;
const toDay = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);
const toIso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export class FilterPanel {
  readonly root: HTMLElement;
  private filters: Filters;
  private minDay = toDay("2015-01-01");
  private maxDay = toDay(new Date().toISOString());
  private readonly fromInput: HTMLInputElement;
  private readonly toInput: HTMLInputElement;
  private readonly fromOut: HTMLOutputElement;
  private readonly toOut: HTMLOutputElement;
  private readonly minInput: HTMLInputElement;
  private readonly checkboxes = new Map<string, HTMLInputElement>();

  constructor(initial: Filters, private readonly onChange: (filters: Filters) => void) {
    this.filters = initial;
    const nodeBoxes = nodeStyleRows().map((row) =>
      this.checkbox(`node:${row.type}`, !initial.hiddenNodeTypes.includes(row.type), row.description, el("span", { class: `swatch shape-${row.shape}`, style: `background:${row.color}` }), row.label),
    );
    const relBoxes = relationRows().map((row) =>
      this.checkbox(`rel:${row.type}`, !initial.hiddenRelationTypes.includes(row.type), row.description, el("span", { class: "swatch line", style: `background:${row.color}` }), row.label),
    );
    this.fromInput = el("input", { type: "range", id: "filter-from", step: 1 });
    this.toInput = el("input", { type: "range", id: "filter-to", step: 1 });
    this.fromOut = el("output", { for: "filter-from" });
    this.toOut = el("output", { for: "filter-to" });
    this.minInput = el("input", { type: "number", id: "filter-min-evidence", min: 0, max: 50, step: 1, value: initial.minEvidence });
    this.fromInput.addEventListener("input", () => this.readDates("from"));
    this.toInput.addEventListener("input", () => this.readDates("to"));
    this.minInput.addEventListener("input", () => {
      const n = Number.parseInt(this.minInput.value, 10);
      this.update({ minEvidence: Number.isFinite(n) && n > 0 ? n : 0 });
    });

    this.root = el(
      "section",
      { class: "filters", "aria-labelledby": "filters-title" },
      el("h2", { id: "filters-title" }, "Filters and legend"),
      el("fieldset", {}, el("legend", {}, "Node types"), ...nodeBoxes),
      el(
        "details",
        { class: "kind-legend" },
        el("summary", {}, "Organisation kinds (border colour)"),
        el("ul", {}, ...organisationKindRows().map((k) => el("li", {}, el("span", { class: "swatch ring", style: `border-color:${k.color}` }), k.kind))),
      ),
      el("fieldset", {}, el("legend", {}, "Relation types"), ...relBoxes),
      el(
        "fieldset",
        { class: "date-range" },
        el("legend", {}, "Date range of evidence"),
        el("label", { for: "filter-from" }, "From ", this.fromOut),
        this.fromInput,
        el("label", { for: "filter-to" }, "To ", this.toOut),
        this.toInput,
      ),
      el("label", { for: "filter-min-evidence", class: "inline" }, "Minimum evidence per edge "),
      this.minInput,
      el("button", { type: "button", class: "reset", onclick: () => this.reset() }, "Reset filters"),
    );
    this.syncDateInputs();
  }

  private checkbox(id: string, checked: boolean, title: string, swatch: HTMLElement, label: string): HTMLElement {
    const input = el("input", { type: "checkbox", id: `filter-${id.replace(/[^a-zA-Z_-]/g, "-")}`, checked, "data-filter": id });
    this.checkboxes.set(id, input);
    input.addEventListener("change", () => this.readCheckboxes());
    return el("label", { class: "check", title, for: input.id }, input, swatch, label);
  }

  private readCheckboxes(): void {
    const hidden = (prefix: string) => [...this.checkboxes].filter(([id, box]) => id.startsWith(prefix) && !box.checked).map(([id]) => id.slice(prefix.length));
    this.update({ hiddenNodeTypes: hidden("node:"), hiddenRelationTypes: hidden("rel:") });
  }

  private readDates(which: "from" | "to"): void {
    let from = Number(this.fromInput.value);
    let to = Number(this.toInput.value);
    if (from > to) {
      if (which === "from") to = from;
      else from = to;
      this.fromInput.value = String(from);
      this.toInput.value = String(to);
    }
    // The slider ends mean "no bound", so undated edges are not hidden by default.
    this.update({ from: from <= this.minDay ? null : toIso(from), to: to >= this.maxDay ? null : toIso(to) });
  }

  /** Widens the slider to the dates of the loaded edges. */
  setDateBounds(dates: string[]): void {
    const days = dates.filter(Boolean).map(toDay).filter(Number.isFinite);
    if (days.length) {
      this.minDay = Math.min(...days);
      this.maxDay = Math.max(...days, this.minDay + 1);
    }
    this.syncDateInputs();
  }

  private syncDateInputs(): void {
    for (const input of [this.fromInput, this.toInput]) {
      input.min = String(this.minDay);
      input.max = String(this.maxDay);
    }
    this.fromInput.value = String(this.filters.from ? Math.max(this.minDay, toDay(this.filters.from)) : this.minDay);
    this.toInput.value = String(this.filters.to ? Math.min(this.maxDay, toDay(this.filters.to)) : this.maxDay);
    this.fromOut.textContent = this.filters.from ?? `any (${toIso(this.minDay)})`;
    this.toOut.textContent = this.filters.to ?? `any (${toIso(this.maxDay)})`;
  }

  private update(change: Partial<Filters>): void {
    this.filters = { ...this.filters, ...change };
    this.syncDateInputs();
    this.onChange(this.filters);
  }

  set(filters: Filters): void {
    this.filters = filters;
    for (const [id, box] of this.checkboxes) {
      const [kind, type] = id.split(":") as [string, string];
      box.checked = !(kind === "node" ? filters.hiddenNodeTypes : filters.hiddenRelationTypes).includes(type);
    }
    this.minInput.value = String(filters.minEvidence);
    this.syncDateInputs();
  }

  private reset(): void {
    this.set({ hiddenNodeTypes: [], hiddenRelationTypes: [], from: null, to: null, minEvidence: 0 });
    this.onChange(this.filters);
  }
}
