import { normalizeSlug } from '../linkedin-url';
import { safe } from '../reader/dom';
import { NAME, queryFirst, TOP_CARD } from '../reader/selectors';
import { textOf } from '../reader/text';

// Telling when the page shows the person the URL names. LinkedIn changes the URL first and
// re-renders later (ENGINEERING.md: SPA), so for a while after a navigation the old person is
// still on screen under the new URL.

/**
 * The top card's name element. Looked for inside the top card (the reader's selectors, one per
 * generation) so a feed or search page, which have headings of their own, never counts.
 */
export function topCardName(doc: Document): Element | null {
  const name = nameInTopCard(doc);
  return name?.textContent?.trim() ? name : null;
}

function nameInTopCard(doc: Document): Element | null {
  const card = queryFirst(doc, TOP_CARD);
  return card ? queryFirst(card, NAME) : null;
}

/** What was on screen when we last read a profile in this document. */
export interface Shown {
  name: string;
}

export function shownNow(doc: Document): Shown | null {
  const name = topCardName(doc)?.textContent?.trim();
  return name ? { name } : null;
}

// Links that only a person's own page carries: their contact-info and about-this-profile overlays
// (2022–2026) and "show all" details pages (2022–2025). A link to /in/<slug>/ alone is not enough:
// the previous person's side cards link to the next person.
const OWN_PAGE_LINK = /\/in\/([^/?#]+)\/(?:overlay|details)\//;

function hasOwnPageLink(doc: Document, slug: string): boolean {
  for (const a of doc.querySelectorAll('a[href*="/overlay/"], a[href*="/details/"]')) {
    const found = OWN_PAGE_LINK.exec(a.getAttribute('href') ?? '')?.[1];
    if (found && normalizeSlug(found) === slug) return true;
  }
  return false;
}

/**
 * True once the top card shows the person at `slug`: on a first load as soon as it is there; after
 * an in-page navigation only when it is no longer the `previous` person's.
 */
export function personShown(doc: Document, slug: string, previous: Shown | null): boolean {
  // Checked on every DOM change while a profile loads: the top card is looked up once per check.
  // Never throws: a pathological page (thousands of levels deep) makes the selector engine give up.
  const name = safe(() => nameInTopCard(doc), null);
  const text = safe(() => (textOf(name, 200) ? name?.textContent?.trim() : null), null);
  const now = text ? { name: text } : null;
  if (!now) return false;
  if (!previous) return true;
  if (hasOwnPageLink(doc, slug)) return true;
  // A re-render of the same person makes new nodes too, so only a new name counts. Two people with
  // the same name and no own-page links: we keep waiting rather than show the wrong one.
  return now.name !== previous.name;
}
