// One person is one lowercased `/in/<slug>`: page URL, card links, miniProfile and search-result
// links (`?miniProfileUrn=`, `?trk=`), a trailing `/en/` or `/overlay/…`, %-escapes (2016–2026).

const ORIGIN = 'https://www.linkedin.com';
// Member URNs used as path ids (`/in/ACoAA…`) are not slugs: mutual-connection links carry them.
const MEMBER_ID = /^ACoAA[A-Za-z0-9_-]{10,}$/;

export function slugFromUrl(href: string | null | undefined): string | null {
  if (!href || href.length > 4000) return null;
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
