// Page text is untrusted user data: it only ever becomes a plain, bounded string here.
// textContent, never innerText: innerText forces a layout on LinkedIn's page.

/** Longest string the reader keeps for one field. */
export const MAX_FIELD = 2000;

// Zero-width and bidi controls: invisible, used to smuggle or reorder text (hostile pages).
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]/g;

export function clean(raw: string | null | undefined, max = MAX_FIELD): string | null {
  if (!raw) return null;
  const text = raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

// Screen-reader twins and anything that is code, not text (hostile pages put payloads in <script>).
const SKIPPED = '.visually-hidden, .a11y-text, script, style, template, noscript';

/** Text of an element, leaving out screen-reader twins (Ember duplicates every label as `.visually-hidden`). */
export function textOf(el: Element | null | undefined, max = MAX_FIELD): string | null {
  if (!el) return null;
  if (!el.querySelector(SKIPPED)) return clean(el.textContent, max);
  return clean(visibleText(el, 0), max);
}

function visibleText(node: Node, depth: number): string {
  if (depth > 40) return node.textContent ?? ''; // deeper than any real label: plain text
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.matches(SKIPPED)) continue;
      out += ` ${visibleText(el, depth + 1)} `;
    }
  }
  return out;
}
