/** A tiny view layer: elements from plain calls. Text is always set as text, never parsed as HTML. */
export type Child = Node | string | number | false | null | undefined | Child[];
type Value = string | number | boolean | null | undefined | ((event: Event) => void);
export type Props = Record<string, Value>;

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    if (Array.isArray(child)) append(parent, child);
    else
      parent.appendChild(
        typeof child === 'object' ? child : document.createTextNode(String(child)),
      );
  }
}

function apply(element: Element, props: Props): void {
  for (const [key, value] of Object.entries(props)) {
    if (value === false || value === null || value === undefined) continue;
    if (typeof value === 'function') element.addEventListener(key.slice(2).toLowerCase(), value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  apply(element, props);
  append(element, children);
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(tag: string, props: Props = {}, ...children: Child[]): SVGElement {
  const element = document.createElementNS(SVG, tag);
  apply(element, props);
  append(element, children);
  return element;
}

/**
 * Replaces the contents of `root`, keeping the focused field (by id), its caret and the scroll
 * position, so a re-render while someone types does not disturb them.
 */
export function replaceContent(root: Element, next: Child): void {
  const active = document.activeElement as (HTMLInputElement & HTMLTextAreaElement) | null;
  const activeId = active && root.contains(active) ? active.id : '';
  const selection =
    active && activeId && 'selectionStart' in active
      ? [active.selectionStart, active.selectionEnd]
      : null;
  const scroll = window.scrollY;
  root.replaceChildren();
  append(root, [next]);
  if (activeId) {
    const again = document.getElementById(activeId) as
      (HTMLInputElement & HTMLTextAreaElement) | null;
    again?.focus({ preventScroll: true });
    if (again && selection && typeof selection[0] === 'number') {
      try {
        again.setSelectionRange(selection[0], selection[1] ?? selection[0]);
      } catch {
        // Radio buttons and selects have no caret.
      }
    }
  }
  window.scrollTo(0, scroll);
}
