/**
 * Narrow screens: the left controls and the right details panel are drawers
 * over the canvas, opened and closed from the top bar (styles in narrow-screen.css).
 */
import { byId } from "./dom.ts";

const NARROW = "(max-width: 760px)";

export class Drawers {
  private readonly pairs: { button: HTMLButtonElement; panel: HTMLElement }[];

  constructor() {
    this.pairs = [
      { button: byId<HTMLButtonElement>("toggle-left-panel"), panel: byId("left-panel") },
      { button: byId<HTMLButtonElement>("toggle-side-panel"), panel: byId("side-panel") },
    ];
    for (const pair of this.pairs) pair.button.addEventListener("click", () => this.set(pair.panel, !pair.panel.classList.contains("drawer-open")));
    document.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape" && this.narrow()) for (const { panel } of this.pairs) this.set(panel, false);
    });
  }

  narrow(): boolean {
    return window.matchMedia(NARROW).matches;
  }

  /** On a narrow screen, show the details drawer (a node or edge was chosen); elsewhere the panel is always there. */
  showDetails(): void {
    if (this.narrow()) this.set(this.pairs[1]!.panel, true);
  }

  private set(panel: HTMLElement, open: boolean): void {
    // One drawer at a time: two would cover the whole canvas.
    for (const pair of this.pairs) {
      const on = pair.panel === panel ? open : false;
      pair.panel.classList.toggle("drawer-open", on);
      pair.button.setAttribute("aria-expanded", String(on));
    }
  }
}
