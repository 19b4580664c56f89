/** Conflict-of-interest findings; each opens its subgraph with the evidence in the side panel. */
import { api, type Finding } from "./api-client.ts";
import { clear, el } from "./dom.ts";
import { clipQuote, countOf } from "./text-format.ts";

export class FindingsView {
  private loaded = false;
  private readonly list = el("div", { class: "findings-list" });

  constructor(private readonly root: HTMLElement, private readonly openFinding: (f: Finding) => void) {
    root.append(
      el("h2", {}, "Conflict-of-interest findings"),
      el("p", { class: "muted" }, "Patterns from the named conflict-of-interest queries. Each finding lists the sentences it rests on."),
      this.list,
    );
  }

  async load(): Promise<void> {
    if (this.loaded) return;
    clear(this.list);
    this.list.append(el("p", { class: "loading" }, "Loading…"));
    let findings: Finding[];
    try {
      findings = (await api.findings()).findings;
      this.loaded = true;
    } catch (error) {
      clear(this.list);
      this.list.append(el("p", { class: "error" }, `Could not load findings: ${(error as Error).message}`));
      return;
    }
    clear(this.list);
    if (!findings.length) this.list.append(el("p", {}, "No findings."));
    for (const finding of findings) {
      this.list.append(
        el(
          "article",
          { class: "finding", "data-id": finding.id },
          el("h3", {}, finding.title),
          el("p", { class: "muted" }, finding.pattern),
          el("p", {}, finding.summary),
          el("p", { class: "muted" }, `${countOf(finding.entities.length, "entity", "entities")} · ${countOf(finding.relations.length, "relation")}`),
          sentences(finding),
          el("button", { type: "button", onclick: () => this.openFinding(finding) }, "Open subgraph"),
        ),
      );
    }
  }
}

/** The sentences a finding rests on, each once (one sentence often states several of its relations). */
function sentences(finding: Finding): HTMLElement {
  const quotes = [...new Map(finding.evidence.filter((e) => e.quote?.trim()).map((e) => [e.quote.replace(/\s+/g, " ").trim(), e])).values()];
  if (!quotes.length) return el("p", { class: "muted" }, "No source sentences were returned for this finding.");
  return el(
    "details",
    { class: "finding-sentences", open: quotes.length <= 4 },
    el("summary", {}, `The ${countOf(quotes.length, "sentence")} it rests on`),
    ...quotes.map((e) => el("blockquote", { lang: "nl" }, clipQuote(e.quote) ?? e.quote, el("footer", { class: "muted" }, e.docTitle ?? e.docKey))),
  );
}
