/** Autocomplete over entity names and aliases (ARIA combobox pattern, keyboard operable). */
import { api, type SearchResult } from "./api-client.ts";
import { clear, el } from "./dom.ts";

let counter = 0;

export interface SearchBoxOptions {
  label: string;
  /** Id of the input (the label points at it). */
  id?: string;
  placeholder?: string;
  onPick(result: SearchResult): void;
}

export function searchBox(options: SearchBoxOptions): { root: HTMLElement; input: HTMLInputElement; setValue(text: string): void } {
  const id = options.id ?? `search-${++counter}`;
  const listbox = el("ul", { id: `${id}-list`, role: "listbox", class: "suggestions", hidden: true, "aria-label": `${options.label} suggestions` });
  const input = el("input", {
    id,
    type: "search",
    role: "combobox",
    autocomplete: "off",
    spellcheck: "false",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listbox.id,
    placeholder: options.placeholder ?? "",
  });
  const root = el("div", { class: "search-box" }, el("label", { for: id, class: "visually-hidden" }, options.label), input, listbox);

  let results: SearchResult[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let requestNo = 0;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    [...listbox.children].forEach((child, i) => child.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) input.setAttribute("aria-activedescendant", `${id}-opt-${index}`);
  };

  const pick = (result: SearchResult) => {
    input.value = result.name;
    close();
    options.onPick(result);
  };

  const render = () => {
    clear(listbox);
    if (!results.length) {
      listbox.appendChild(el("li", { class: "no-results", role: "option", "aria-disabled": "true" }, "No matches"));
    }
    results.forEach((result, i) => {
      const alias = result.aliases?.find((a) => a.toLowerCase().includes(input.value.trim().toLowerCase()) && a !== result.name);
      listbox.appendChild(
        el(
          "li",
          { id: `${id}-opt-${i}`, role: "option", "aria-selected": "false", "data-key": result.key, onmousedown: (ev: Event) => { ev.preventDefault(); pick(result); } },
          el("span", { class: "suggestion-name", lang: "nl" }, result.name),
          alias ? el("span", { class: "suggestion-alias", lang: "nl" }, ` (${alias})`) : null,
          el("span", { class: `type-badge type-${result.type}` }, result.kind ? `${result.type} · ${result.kind}` : result.type),
        ),
      );
    });
    listbox.hidden = false;
    input.setAttribute("aria-expanded", "true");
  };

  input.addEventListener("input", () => {
    if (timer) clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return close();
    timer = setTimeout(async () => {
      const mine = ++requestNo;
      if (document.activeElement !== input) return;
      try {
        const response = await api.search(q, 10);
        // A newer keystroke won, or focus left while the request ran: a late list would cover what the user moved to.
        if (mine !== requestNo || document.activeElement !== input) return;
        results = response.results;
        active = -1;
        render();
      } catch (error) {
        results = [];
        clear(listbox);
        listbox.appendChild(el("li", { role: "option", "aria-disabled": "true", class: "no-results" }, `Search failed: ${(error as Error).message}`));
        listbox.hidden = false;
      }
    }, 150);
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" && results.length) {
      ev.preventDefault();
      if (listbox.hidden) render();
      setActive((active + 1) % results.length);
    } else if (ev.key === "ArrowUp" && results.length) {
      ev.preventDefault();
      setActive((active - 1 + results.length) % results.length);
    } else if (ev.key === "Enter") {
      const chosen = results[active >= 0 ? active : 0];
      if (chosen && !listbox.hidden) {
        ev.preventDefault();
        pick(chosen);
      }
    } else if (ev.key === "Escape") close();
  });
  input.addEventListener("blur", () => {
    if (timer) clearTimeout(timer);
    requestNo++;
    close();
  });
  return { root, input, setValue: (text: string) => (input.value = text) };
}
