// The in-page UI's whole rendering layer: build a fresh tree of plain elements, then morph the
// live tree into it, so nodes (and the focus on them) survive a re-render. Page text only ever
// becomes text nodes or attribute values: nothing here parses HTML.

export type Attrs = Record<string, string | number | boolean | null | undefined>;
export type Child = Node | string | null | false | undefined | Child[];

/** An element: `true` sets an empty attribute, `false`/null/undefined leaves it out. */
export function h(tag: string, attrs: Attrs | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false && value != null) el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

function append(el: Element, children: Child[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(el, child);
    else if (typeof child === 'string') el.append(document.createTextNode(child));
    else if (child) el.append(child);
  }
}

// Siblings that stand for the same thing: a tag by its need, an action by its name, anything else
// by an explicit data-key.
const key = (node: Node) =>
  node instanceof Element
    ? `${node.tagName}${node.getAttribute('data-need')}${node.getAttribute('data-action')}${node.getAttribute('data-key')}`
    : node.nodeName;

/** Makes `live`'s children equal to `next`'s, reusing every live node that has the same key. */
export function morph(live: Element, next: Element): void {
  const wanted = [...next.childNodes];
  const keys = wanted.map(key);
  wanted.forEach((node, i) => {
    let here = live.childNodes[i] ?? null;
    // A live node wanted nowhere from here on goes, so the ones after it need not move (a moved
    // node loses focus).
    while (here && key(here) !== keys[i] && !keys.includes(key(here), i)) {
      here.remove();
      here = live.childNodes[i] ?? null;
    }
    let match: ChildNode | null = here;
    if (match && key(match) !== keys[i]) {
      match = null;
      for (let j = i + 1; j < live.childNodes.length && !match; j++) {
        const candidate = live.childNodes[j] as ChildNode;
        if (key(candidate) === keys[i]) match = candidate;
      }
    }
    if (!match) {
      live.insertBefore(node, here);
      return;
    }
    if (match !== here) live.insertBefore(match, here);
    if (match instanceof Element) update(match, node as Element);
    else if (match.nodeValue !== node.nodeValue) match.nodeValue = node.nodeValue;
  });
  while (live.childNodes.length > wanted.length) live.lastChild?.remove();
}

function update(live: Element, next: Element): void {
  for (const { name } of [...live.attributes]) if (!next.hasAttribute(name)) live.removeAttribute(name);
  for (const { name, value } of next.attributes)
    if (live.getAttribute(name) !== value) live.setAttribute(name, value);
  if (live instanceof HTMLTextAreaElement) live.value = (next as HTMLTextAreaElement).value;
  morph(live, next);
}
