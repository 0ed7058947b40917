// Where a card's chips go: right after the link that carries the person's name. Found by the link
// shape `/in/<slug>`, which held from 2016 to 2026, rather than by card classes, which did not.

const PROFILE_LINK = /\/in\/([^/?#]+)/;

export function linkSlug(href: string | null): string | null {
  const raw = href ? PROFILE_LINK.exec(href)?.[1] : undefined;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw).toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}

/**
 * The element to place chips after, or null. Prefers the link whose text is the name (cards also
 * link the photo, and SDUI splits links into empty twins), and climbs out of enclosing links so a
 * click on a chip never follows LinkedIn's link.
 */
export function cardAnchor(root: ParentNode, slug: string, name: string | null): Element | null {
  let withText: Element | null = null;
  let withName: Element | null = null;
  for (const a of root.querySelectorAll('a[href*="/in/"]')) {
    if (linkSlug(a.getAttribute('href')) !== slug) continue;
    if (a.closest('[data-constellation]')) continue;
    const text = a.textContent?.trim() ?? '';
    if (!text) continue;
    withText ??= a;
    if (name && text.includes(name)) {
      withName = a;
      break;
    }
  }
  const link = withName ?? withText;
  return link ? outermostLink(link) : null;
}

function outermostLink(link: Element): Element {
  let outer = link;
  for (let up = link.parentElement?.closest('a'); up; up = up.parentElement?.closest('a')) outer = up;
  return outer;
}
