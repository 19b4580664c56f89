/** Commitments (toezeggingen): filterable table plus an SVG timeline, each row linked to its source sentence. */
import { api, type Commitment } from "./api-client.ts";
import { ALL_COMMITMENTS, byDue, filterCommitments, type CommitmentFilter } from "./commitments-filter.ts";
import { clear, el } from "./dom.ts";

const SVG = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export class CommitmentsView {
  private all: Commitment[] = [];
  private filter: CommitmentFilter = { ...ALL_COMMITMENTS };
  private loaded = false;
  private readonly table = el("div", { class: "commitments-table" });
  private readonly timeline = el("div", { class: "timeline" });
  private timelineRows: Commitment[] = [];
  private drawnWidth = 0;
  readonly asOf = new Date().toISOString().slice(0, 10);

  constructor(private readonly root: HTMLElement, private readonly openSource: (c: Commitment) => void) {
    const input = (id: string, label: string, type: string, key: keyof CommitmentFilter) => {
      const field = el("input", { id, type });
      field.addEventListener("input", () => {
        (this.filter as unknown as Record<string, string | null>)[key] = type === "date" ? field.value || null : field.value;
        this.render();
      });
      return el("label", { for: id }, label, field);
    };
    const status = el("select", { id: "commitment-status" }, el("option", { value: "all" }, "all"), el("option", { value: "open" }, "open"), el("option", { value: "overdue" }, "overdue"));
    status.addEventListener("change", () => {
      this.filter.status = status.value as CommitmentFilter["status"];
      this.render();
    });
    root.append(
      el("h2", {}, "Commitments"),
      el("p", { class: "muted" }, `Status as of today (${this.asOf}): overdue when the due date has passed; no due date counts as open.`),
      el(
        "div",
        { class: "commitment-filters" },
        input("commitment-actor", "Actor ", "search", "actor"),
        input("commitment-text", "Text ", "search", "text"),
        el("label", { for: "commitment-status" }, "Status ", status),
        input("commitment-due-from", "Due from ", "date", "dueFrom"),
        input("commitment-due-to", "Due to ", "date", "dueTo"),
      ),
      this.timeline,
      this.table,
    );
    // Redraw when the pane changes width (rotation, a resized window, the view becoming visible).
    new ResizeObserver(() => {
      const width = Math.floor(this.timeline.clientWidth);
      if (this.loaded && width > 0 && Math.abs(Math.max(300, width) - this.drawnWidth) > 8) this.renderTimeline(this.timelineRows);
    }).observe(this.timeline);
  }

  async load(): Promise<void> {
    if (this.loaded) return;
    clear(this.table);
    this.table.append(el("p", { class: "loading" }, "Loading…"));
    try {
      this.all = (await api.commitments({ status: "all", asOf: this.asOf })).commitments.sort(byDue);
      this.loaded = true;
    } catch (error) {
      clear(this.table);
      this.table.append(el("p", { class: "error" }, `Could not load commitments: ${(error as Error).message}`));
      return;
    }
    this.render();
  }

  private render(): void {
    const rows = filterCommitments(this.all, this.filter);
    clear(this.table);
    this.table.append(
      el("p", { class: "muted" }, `${rows.length} of ${this.all.length} commitments`),
      el(
        "table",
        {},
        el("thead", {}, el("tr", {}, ...["Actor", "Promise", "Due", "Status", "Source"].map((h) => el("th", { scope: "col" }, h)))),
        el(
          "tbody",
          {},
          ...rows.map((c) =>
            el(
              "tr",
              { "data-key": c.key, class: `status-${c.status}` },
              // data-label: the column name, shown before each cell when narrow screens turn rows into cards.
              el("td", { lang: "nl", "data-label": "Actor" }, c.actor?.name ?? "—"),
              el("td", { lang: "nl", "data-label": "Promise" }, c.text),
              el("td", { "data-label": "Due" }, c.due ?? "—", c.dueText ? el("span", { class: "muted", lang: "nl" }, ` (${c.dueText})`) : null),
              el("td", { "data-label": "Status" }, el("span", { class: `status-badge ${c.status}` }, c.status)),
              el("td", { "data-label": "Source" }, el("button", { type: "button", class: "link", lang: "nl", onclick: () => this.openSource(c) }, c.docTitle || c.docKey)),
            ),
          ),
        ),
      ),
    );
    this.renderTimeline(rows);
  }

  private renderTimeline(rows: Commitment[]): void {
    this.timelineRows = rows;
    clear(this.timeline);
    const dated = rows.filter((c) => c.due);
    if (!dated.length) {
      this.timeline.append(el("p", { class: "muted" }, "No dated commitments to place on the timeline."));
      return;
    }
    const day = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
    const times = [...dated.map((c) => day(c.due!)), day(this.asOf)];
    const min = Math.min(...times) - 30 * 86_400_000;
    const max = Math.max(...times) + 30 * 86_400_000;
    // Drawn at the pane's own width (not scaled down from 900 px), so labels stay readable on a phone.
    const width = Math.max(300, Math.floor(this.timeline.clientWidth) || 900);
    this.drawnWidth = width;
    const rowHeight = 18;
    const height = 40 + dated.length * rowHeight;
    const x = (t: number) => 20 + ((t - min) / (max - min)) * (width - 40);
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-label": `Timeline of ${dated.length} dated commitments` });
    chart.append(svg("line", { x1: 20, x2: width - 20, y1: 20, y2: 20, stroke: "#333" }));
    for (let year = new Date(min).getUTCFullYear() + 1; year <= new Date(max).getUTCFullYear(); year++) {
      const t = Date.UTC(year, 0, 1);
      chart.append(svg("line", { x1: x(t), x2: x(t), y1: 14, y2: height, stroke: "#ccc" }), svg("text", { x: x(t) + 2, y: 12, "font-size": 11, fill: "#333" }, String(year)));
    }
    const today = x(day(this.asOf));
    chart.append(svg("line", { x1: today, x2: today, y1: 14, y2: height, stroke: "#b00020", "stroke-dasharray": "4 3" }), svg("text", { x: today + 3, y: height - 4, "font-size": 11, fill: "#b00020" }, "today"));
    dated.forEach((c, i) => {
      const cx = x(day(c.due!));
      const cy = 34 + i * rowHeight;
      const group = svg("g", { class: `timeline-item ${c.status}` });
      group.append(svg("title", {}, `${c.actor?.name ?? "?"}: ${c.text} (due ${c.due}, ${c.status})`));
      group.append(svg("circle", { cx, cy, r: 5, fill: c.status === "overdue" ? "#b00020" : "#1b6e3a" }));
      const anchorRight = cx > width * 0.6;
      const room = anchorRight ? cx - 29 : width - cx - 29;
      const label = clip(`${c.actor?.name ?? "?"} — ${c.text}`, Math.max(8, Math.min(70, Math.floor(room / 6))));
      group.append(svg("text", { x: anchorRight ? cx - 9 : cx + 9, y: cy + 4, "font-size": 11, fill: "#1a1a1a", "text-anchor": anchorRight ? "end" : "start", lang: "nl" }, label));
      chart.append(group);
    });
    this.timeline.append(chart);
  }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
