// Everything we read out of a LinkedIn URL, in one place: which of our jobs a page calls for, and
// which person a link names. One person is one lowercased `/in/<slug>`: page URL, card links,
// miniProfile and search-result links (`?miniProfileUrn=`, `?trk=`), a trailing `/en/` or
// `/overlay/…`, %-escapes (2016–2026, LAYOUTS.md).

/**
 * Where the manifest injects the content script (wxt.config.ts): every URL `pageRoute` gives a job
 * must match one of these (tested), and as little else as match patterns allow. Pages reached by
 * in-page navigation get the script from the background (lib/background/tabs.ts).
 */
export const JOB_PAGE_MATCHES = [
  'https://www.linkedin.com/in/*',
  'https://www.linkedin.com/search/results/people*',
  'https://www.linkedin.com/mynetwork/*',
];

/** What a slug may be, wherever one is checked (the schemas in lib/slug-schema.ts use it too). */
export const SLUG = /^[^\s/?#<>"]{1,200}$/;

/** Which of our jobs, if any, a LinkedIn URL calls for. Everything else is left alone. */
export type Route = { kind: 'profile'; slug: string } | { kind: 'people-list' } | { kind: 'other' };

// `/in/<slug>/` has held from 2016 to 2026. Overlays (`/overlay/contact-info/`) keep the profile
// underneath, so they are the same page; public profiles may end in a language (`/en/`);
// `/details/…` and `/recent-activity/` are separate pages without a top card.
const PROFILE = /^\/in\/([^/]+)\/?(?:overlay\/.*|[a-z]{2}\/?)?$/;
// People search, and My Network's "People you may know" (the reader's people-list pages).
const PEOPLE_LIST = /^\/(?:search\/results\/people\/?$|mynetwork\/)/;

export function pageRoute(url: string): Route {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'other' };
  }
  if (parsed.hostname !== 'www.linkedin.com') return { kind: 'other' };
  const profile = PROFILE.exec(parsed.pathname);
  if (profile?.[1]) {
    const slug = decodeSlug(profile[1]).toLowerCase();
    return slug ? { kind: 'profile', slug } : { kind: 'other' };
  }
  if (PEOPLE_LIST.test(parsed.pathname)) return { kind: 'people-list' };
  return { kind: 'other' };
}

/** Two routes are the same page for us when neither a profile's slug nor the kind changed. */
export function sameRoute(a: Route, b: Route): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'profile' || a.slug === (b as { slug: string }).slug;
}

/** A person's profile URL, as LinkedIn writes it (the slug is ours to encode, never raw). */
export function profileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

const ORIGIN = 'https://www.linkedin.com';
// Member URNs used as path ids (`/in/ACoAA…`) are not slugs: mutual-connection links carry them.
const MEMBER_ID = /^ACoAA[A-Za-z0-9_-]{10,}$/;

// The shape nearly every link has: `/in/<slug>…`, relative or on www.linkedin.com. Read without
// building a URL, which is the reader's single largest cost on a 100-card list, and without a
// regexp (`^(?:https://www\.linkedin\.com)?/in/([^/?#]+)`), which V8 compiled twice on every page.
const ABSOLUTE_IN = 'https://www.linkedin.com/in/';

/** The raw slug of a plain `/in/<slug>` link (relative or absolute), or null. */
function plainSlug(href: string): string | null {
  const start = href.startsWith('/in/') ? 4 : href.startsWith(ABSOLUTE_IN) ? ABSOLUTE_IN.length : -1;
  if (start < 0) return null;
  let end = start;
  while (end < href.length && href[end] !== '/' && href[end] !== '?' && href[end] !== '#') end++;
  return end > start ? href.slice(start, end) : null;
}

/** The person a link (page URL, card link, Connections.csv cell) names, or null. */
export function slugFromUrl(href: string | null | undefined): string | null {
  if (!href || href.length > 4000) return null;
  const plain = plainSlug(href);
  if (plain) return normalizeSlug(plain);
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
  const slug = decodeSlug(raw).trim();
  if (!SLUG.test(slug) || MEMBER_ID.test(slug)) return null;
  return slug.toLowerCase();
}

/** A path segment decoded; a lone `%` (not an escape) stays as it is. */
function decodeSlug(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
