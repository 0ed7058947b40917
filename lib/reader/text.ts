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

/**
 * Text of an element as a reader sees it: screen-reader twins left out (Ember duplicates every
 * label as `.visually-hidden`), a space between blocks and lines, none around inline elements.
 */
export function textOf(el: Element | null | undefined, max = MAX_FIELD): string | null {
  if (!el) return null;
  // textContent is exact (and fast) for a run of inline text; a block or a <br> inside needs the walk.
  // Most fields are leaves (a <p>, a <span>): no descendant to look for.
  if (el.childElementCount === 0 || !el.querySelector(WALK)) return clean(el.textContent, max);
  return clean(visibleText(el, 0), max);
}

// Elements a browser lays out on their own line: their text is a separate run, so a space stands
// where the line break was. Inline ones (<strong>, <span>, <a>, …) run on with their neighbours:
// padding them too read "works on <strong>soil</strong>." as "works on soil .".
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

const WALK = `${SKIPPED}, ${[...BLOCK].join(', ').toLowerCase()}`;

function visibleText(node: Node, depth: number): string {
  if (depth > 40) return node.textContent ?? ''; // deeper than any real label: plain text
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.matches(SKIPPED)) continue;
      const inner = visibleText(el, depth + 1);
      out += BLOCK.has(el.tagName.toUpperCase()) ? ` ${inner} ` : inner;
    }
  }
  return out;
}
