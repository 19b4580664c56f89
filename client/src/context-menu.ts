/** Right-click menu on a node (expand / collapse / remove / pin); Escape or a click elsewhere closes it. */
import { el } from "./dom.ts";

export interface MenuItem { label: string; run(): void }

export class ContextMenu {
  private readonly menu = el("div", { class: "context-menu", role: "menu", hidden: true });

  constructor(container: HTMLElement) {
    container.appendChild(this.menu);
    document.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape") this.close();
    });
    document.addEventListener("mousedown", (ev) => {
      if (!this.menu.contains(ev.target as Node)) this.close();
    });
  }

  open(x: number, y: number, title: string, items: MenuItem[]): void {
    this.menu.replaceChildren(
      el("div", { class: "menu-title", lang: "nl" }, title),
      ...items.map((item) => el("button", { type: "button", role: "menuitem", onclick: () => { this.close(); item.run(); } }, item.label)),
    );
    this.menu.style.left = `${x}px`;
    this.menu.style.top = `${y}px`;
    this.menu.hidden = false;
    (this.menu.querySelector("button") as HTMLButtonElement | null)?.focus();
  }

  close(): void {
    this.menu.hidden = true;
  }
}
