import { slugFromUrl } from '../linkedin-url';
import { safe } from './dom';
import { NOT_SIDE_CARDS, SIDE_CARD_SHAPE, selectorList } from './selectors';
import { textOf } from './text';

// sdui-2026 side sections come and go under new names ("Explore premium profiles" had no
// data-sdui-component at all): a card is found by its shape instead. A person card is a profile
// link holding the name paragraph and at least one more (degree, headline); a link inside running
// text (an About mention) or around a photo alone is not one.

const MAX_LINKS = 400;
// The page's chrome: the global nav and its "Me" menu hold the viewer's own link, photo, name and
// headline, card-shaped, and SDUI may key the menu's sections like any other; never a card.
export const PAGE_CHROME = 'header, nav, [role="menu"], [role="navigation"]';

/** Links shaped like person cards, in document order, outside posts and the top card. */
export function shapedCardLinks(doc: Document, known: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  const links = doc.querySelectorAll(selectorList(SIDE_CARD_SHAPE));
  const skip = selectorList(NOT_SIDE_CARDS);
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const link = links[i]!;
    const slug = slugFromUrl(link.getAttribute('href'));
    if (!slug || known.has(slug)) continue;
    if (safe(() => isCardShaped(link) && !link.closest(skip) && !link.closest(PAGE_CHROME), false))
      out.push(link);
  }
  return out;
}

function isCardShaped(link: Element): boolean {
  if (link.closest('p')) return false;
  const paragraphs = link.querySelectorAll('p');
  return paragraphs.length >= 2 && !!textOf(paragraphs[0], 200);
}
