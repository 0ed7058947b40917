import type { PageKind } from '../domain';
import { slugFromUrl } from '../linkedin-url';
import { queryFirst, SEARCH_CARDS, TOP_CARD } from './selectors';

/** Kind from the URL alone; null when the URL says nothing (the CLI without --url, a bare origin). */
export function kindFromUrl(url: string): PageKind | null {
  let path: string;
  try {
    path = new URL(url, 'https://www.linkedin.com').pathname;
  } catch {
    return null;
  }
  if (!url || path === '/' || path === '') return null;
  if (path.startsWith('/in/') && path.length > 4 && path[4] !== '/') return 'profile'; // /in/<slug>
  if (/^\/search\/results\/people\b/.test(path) || /^\/mynetwork\//.test(path)) return 'people-list';
  return 'other';
}

// Where the page names its own person: canonical/og:url (2016), contact-info (2018–2026),
// about-this-profile (2025), SDUI aside keys "profileAsidePymk<slug>" (2026).
const SELF_LINKS = [
  'link[rel="canonical"]',
  'meta[property="og:url"]',
  'a[href*="/overlay/contact-info/"]',
  'a[href*="/detail/contact-info/"]',
  'a[href$="/overlay/about-this-profile/"]',
  'a[href*="/overlay/background-photo/"]',
];

export function slugFromPage(doc: Document): string | null {
  for (const css of SELF_LINKS) {
    const el = doc.querySelector(css);
    const slug = slugFromUrl(el?.getAttribute('href') ?? el?.getAttribute('content'));
    if (slug) return slug;
  }
  const aside = doc.querySelector(
    '[componentkey^="profileAsidePymk"], [componentkey^="profileAsideBrowsemap"]',
  );
  const key = aside?.getAttribute('componentkey')?.replace(/^profileAside(Pymk|Browsemap)/, '');
  return key ? slugFromUrl(`/in/${key}/`) : null;
}

/** Kind from the page when the URL is generic. */
export function kindFromPage(doc: Document): PageKind {
  if (queryFirst(doc, TOP_CARD) || slugFromPage(doc)) return 'profile';
  if (queryFirst(doc, SEARCH_CARDS)?.querySelector('a[href*="/in/"]')) return 'people-list';
  return 'other';
}
