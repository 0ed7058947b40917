// Where a card's chips go: right after the link that carries the person's name. Found by the link
// shape `/in/<slug>`, which held from 2016 to 2026, rather than by card classes, which did not.

import { slugFromUrl } from '../linkedin-url';

/**
 * Where each card's chips go: slug → the element to place them after (cards without one are left
 * out). Prefers the link whose text is the name (cards also link the photo, and SDUI splits links
 * into empty twins), and climbs out of enclosing links so a click on a chip never follows
 * LinkedIn's link. One pass over the page's profile links for all cards: a 100-card list has
 * hundreds of links, and a pass per card made placing chips quadratic.
 */
export function cardAnchors<C extends { slug: string; name: string | null }>(
  root: ParentNode,
  cards: readonly C[],
  readFrom: (card: C) => Element | undefined = () => undefined,
): Map<string, Element> {
  const anchors = new Map<string, Element>();
  // The link the reader read the card from, when it is still in the page and carries the name:
  // most cards, without a pass over the page's links.
  const rest = cards.filter((card) => {
    const link = readFrom(card);
    const text = link?.isConnected ? (link.textContent ?? '') : '';
    if (!link || !text.trim() || (card.name && !text.includes(card.name))) return true;
    anchors.set(card.slug, outermostLink(link));
    return false;
  });
  if (!rest.length) return anchors;
  const wanted = new Map(rest.map((c) => [c.slug, c.name]));
  const withText = new Map<string, Element>();
  const withName = new Map<string, Element>();
  for (const a of root.querySelectorAll('a[href*="/in/"]')) {
    const slug = slugFromUrl(a.getAttribute('href'));
    if (slug === null || !wanted.has(slug) || withName.has(slug)) continue;
    if (a.closest('[data-constellation]')) continue;
    const text = a.textContent?.trim() ?? '';
    if (!text) continue;
    if (!withText.has(slug)) withText.set(slug, a);
    const name = wanted.get(slug);
    if (name && text.includes(name)) withName.set(slug, a);
  }
  for (const [slug, link] of withText) anchors.set(slug, outermostLink(withName.get(slug) ?? link));
  return anchors;
}

function outermostLink(link: Element): Element {
  let outer = link;
  for (let up = link.parentElement?.closest('a'); up; up = up.parentElement?.closest('a')) outer = up;
  return outer;
}
