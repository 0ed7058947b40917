import { cleanText } from '../text/clean';

// Page text is untrusted user data: it only ever becomes a plain, bounded string here
// (lib/text/clean.ts is the rule). textContent, never innerText: innerText forces a layout.

/** Longest string the reader keeps for one field. */
export const MAX_FIELD = 2000;

/** One page string, cleaned and capped (the reader's fields are one line each). */
export function clean(raw: string | null | undefined, max = MAX_FIELD): string | null {
  return cleanText(raw, { max });
}

// Screen-reader twins, anything that is code, not text (hostile pages put payloads in <script>), and
// the "… more" / "see more" controls LinkedIn puts inside a truncated text (sdui-2026's
// expandable-text-button, Ember's inline-show-more-text__button, 2022–25).
const SKIPPED =
  '.visually-hidden, .a11y-text, script, style, template, noscript, [data-testid="expandable-text-button"], .inline-show-more-text__button';

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
