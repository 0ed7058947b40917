// Small DOM helpers shared by the readers. Every read is bounded: LinkedIn pages are large and a
// hostile or broken page must not make the reader slow or throw.

/** Runs one field's read; a throw (odd markup, jsdom/happy-dom gaps) becomes "not found". */
export function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * The section that holds an Ember anchor div (`<div id="experience">`), 2022–25. In 2016 the id
 * was on the section itself and its items have their own selectors, so that is not a match.
 */
export function sectionOf(doc: Document, anchorId: string): Element | null {
  const anchor = doc.getElementById(anchorId);
  if (!anchor || anchor.tagName === 'SECTION') return null;
  return anchor.closest('section');
}

/** True when `el` sits inside a nested list of `within` (a grouped role, a description). */
export function isNestedIn(el: Element, within: Element, nestedSelector: string): boolean {
  const nested = el.parentElement?.closest(nestedSelector);
  return !!nested && within.contains(nested) && nested !== within;
}

/** First match of `css` inside `root` that is not inside a nested `nestedSelector` of root. */
export function ownFirst(root: Element, css: string, nestedSelector: string): Element | null {
  for (const el of root.querySelectorAll(css)) if (!isNestedIn(el, root, nestedSelector)) return el;
  return null;
}

export function firstPart(text: string | null, separator = ' · '): string | null {
  if (!text) return null;
  const part = text.split(separator)[0]?.trim();
  return part || null;
}
