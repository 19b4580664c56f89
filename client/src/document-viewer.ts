/**
 * Document viewer: the structured view of one document (header, questions and
 * answers) with facts marked and one focus span (a quote) highlighted and
 * scrolled into view. All document text enters the DOM as text nodes.
 */
import { api, type DocumentResult } from "./api-client.ts";
import { clear, el } from "./dom.ts";
import { renderRuns, splitRuns, type Span } from "./highlight.ts";

export interface Focus { start: number; end: number }

export class DocumentViewer {
  /** The open document, for the shareable URL. */
  current: { key: string; focus: Focus | null } | null = null;

  constructor(private readonly dialog: HTMLDialogElement, private readonly onChange: () => void = () => {}) {
    dialog.addEventListener("close", () => {
      clear(dialog);
      this.current = null;
      this.onChange();
    });
  }

  /** `quote` locates the focus span when the caller has no offsets (e.g. conflict-of-interest findings). */
  async open(docKey: string, focus?: Focus, quote?: string): Promise<void> {
    const result = await api.document(docKey);
    if (!focus && quote) {
      const at = result.document.text.indexOf(quote);
      if (at >= 0) focus = { start: at, end: at + quote.length };
    }
    this.render(result, focus);
    this.current = { key: docKey, focus: focus ?? null };
    if (!this.dialog.open) this.dialog.showModal();
    this.onChange();
    // The legend has a mark.focus chip too: the quote is the one in the body.
    const target = this.dialog.querySelector(".doc-body mark.focus");
    if (target) target.scrollIntoView({ block: "center" });
    else (this.dialog.querySelector(".doc-close") as HTMLElement | null)?.focus();
  }

  private render(result: DocumentResult, focus?: Focus): void {
    const { document: doc, segments, facts } = result;
    const dialog = this.dialog;
    clear(dialog);
    const spans: Span[] = facts.map((f) => ({ start: f.start, end: f.end, className: `fact-${f.kind}` }));
    if (focus) spans.push({ start: focus.start, end: focus.end, className: "focus" });

    const body = el("div", { class: "doc-body", lang: "nl" });
    const ordered = [...segments].sort((a, b) => a.start - b.start);
    const parts: { title: string | null; start: number; end: number; kind: string }[] = [];
    let cursor = 0;
    for (const seg of ordered) {
      if (seg.start > cursor) parts.push({ title: null, start: cursor, end: seg.start, kind: "text" });
      parts.push({ title: segmentTitle(seg.kind, seg.number), start: Math.max(seg.start, cursor), end: seg.end, kind: seg.kind });
      cursor = Math.max(cursor, seg.end);
    }
    if (cursor < doc.text.length) parts.push({ title: null, start: cursor, end: doc.text.length, kind: "text" });

    for (const part of parts) {
      const text = doc.text.slice(part.start, part.end);
      if (!text.trim()) continue;
      const local = spans
        .filter((s) => s.end > part.start && s.start < part.end)
        .map((s) => ({ ...s, start: s.start - part.start, end: s.end - part.start }));
      const section = el("section", { class: `doc-segment segment-${part.kind}` });
      if (part.title) section.appendChild(el("h3", {}, part.title));
      const pre = el("div", { class: "doc-text" });
      pre.appendChild(renderRuns(document, splitRuns(text, local)));
      section.appendChild(pre);
      body.appendChild(section);
    }

    dialog.appendChild(
      el(
        "div",
        { class: "doc-header" },
        el("h2", { lang: "nl", id: "doc-title" }, doc.title || doc.key),
        el("button", { type: "button", class: "doc-close", "aria-label": "Close document", onclick: () => dialog.close() }, "Close ✕"),
      ),
    );
    dialog.setAttribute("aria-labelledby", "doc-title");
    dialog.appendChild(
      el(
        "p",
        { class: "doc-meta" },
        [doc.kind, doc.number, doc.date ? `dated ${doc.date}` : null, doc.submitted ? `submitted ${doc.submitted}` : null, doc.file].filter(Boolean).join(" · "),
      ),
    );
    dialog.appendChild(
      el(
        "p",
        { class: "doc-legend" },
        el("mark", { class: "focus" }, "quoted sentence"),
        " ",
        el("mark", { class: "fact-evidence" }, "relation evidence"),
        " ",
        el("mark", { class: "fact-commitment" }, "commitment"),
        " ",
        el("mark", { class: "fact-mention" }, "entity mention"),
      ),
    );
    dialog.appendChild(body);
  }
}

function segmentTitle(kind: string, number: number | string | null | undefined): string {
  const names: Record<string, string> = { question: "Vraag", answer: "Antwoord", header: "Kop", body: "Tekst" };
  const name = names[kind] ?? kind;
  return number !== null && number !== undefined && number !== "" ? `${name} ${number}` : name;
}
