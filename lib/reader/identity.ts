// One person is one lowercased `/in/<slug>`: page URL, card links, miniProfile and search-result
// links (`?miniProfileUrn=`, `?trk=`), a trailing `/en/` or `/overlay/…`, %-escapes (2016–2026).

const ORIGIN = 'https://www.linkedin.com';
// Member URNs used as path ids (`/in/ACoAA…`) are not slugs: mutual-connection links carry them.
const MEMBER_ID = /^ACoAA[A-Za-z0-9_-]{10,}$/;

// The shape nearly every link has: `/in/<slug>…`, relative or on www.linkedin.com. Read without
// building a URL, which is the reader's single largest cost on a 100-card list.
const PLAIN_PROFILE_LINK = /^(?:https:\/\/www\.linkedin\.com)?\/in\/([^/?#]+)(?:[/?#]|$)/;

export function slugFromUrl(href: string | null | undefined): string | null {
  if (!href || href.length > 4000) return null;
  const plain = PLAIN_PROFILE_LINK.exec(href);
  if (plain?.[1]) return normalizeSlug(plain[1]);
  let url: URL;
  try {
    url = new URL(href, ORIGIN);
  } catch {
    return null;
  }
  if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
  const path = /^\/in\/([^/]+)/.exec(url.pathname)?.[1];
  // SDUI invite links name the person only in the query: /preload/search-custom-invite/?vanityName=
  const raw = path ?? url.searchParams.get('vanityName') ?? '';
  return normalizeSlug(raw);
}

export function normalizeSlug(raw: string): string | null {
  let slug = raw;
  try {
    slug = decodeURIComponent(raw);
  } catch {
    // a lone % stays as it is
  }
  slug = slug.trim();
  if (!slug || slug.length > 200 || /[\s/?#<>"]/.test(slug) || MEMBER_ID.test(slug)) return null;
  return slug.toLowerCase();
}
