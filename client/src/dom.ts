/**
 * Tiny DOM builder. Text always goes in through text nodes (never innerHTML),
 * because document text and entity names come from outside and may contain markup.
 */
export type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((ev: Event) => void)>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") node.addEventListener(name.replace(/^on/, ""), value as EventListener);
    else if (name === "class") node.className = String(value);
    else if (value === true) node.setAttribute(name, "");
    else node.setAttribute(name, String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing element #${id}`);
  return node as T;
}

let messageTimer: ReturnType<typeof setTimeout> | undefined;
/** One status line for caps, errors and confirmations (aria-live, so screen readers hear it). */
export function showMessage(text: string, kind: "info" | "warning" | "error" = "info"): void {
  const box = document.getElementById("message");
  if (!box) return;
  box.textContent = text;
  box.dataset.kind = kind;
  box.classList.add("visible");
  if (messageTimer) clearTimeout(messageTimer);
  if (kind === "info") messageTimer = setTimeout(() => box.classList.remove("visible"), 6000);
}
