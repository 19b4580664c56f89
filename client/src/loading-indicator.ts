/**
 * Shows #loading-indicator while the graph is busy (body[data-busy="true"],
 * set by GraphView.busy), after a short delay so quick answers do not flicker.
 */
const DELAY_MS = 150;

export function watchBusy(indicator: HTMLElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const busy = document.body.dataset.busy === "true";
    if (busy && indicator.hidden && !timer) timer = setTimeout(() => ((indicator.hidden = false), (timer = undefined)), DELAY_MS);
    if (!busy) {
      clearTimeout(timer);
      timer = undefined;
      indicator.hidden = true;
    }
  };
  new MutationObserver(update).observe(document.body, { attributes: true, attributeFilter: ["data-busy"] });
  update();
}
