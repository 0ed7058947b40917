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

/** Which of our jobs, if any, a LinkedIn URL calls for. Everything else is left alone. */
export type Route = { kind: 'profile'; slug: string } | { kind: 'people-list' } | { kind: 'other' };

// `/in/<slug>/` has held from 2016 to 2026 (LAYOUTS.md). Overlays (`/overlay/contact-info/`) keep
// the profile underneath, so they are the same page; public profiles may end in a language
// (`/en/`); `/details/…` and `/recent-activity/` are separate pages without a top card.
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
    const slug = safeDecode(profile[1]).toLowerCase();
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

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A person's profile URL, as LinkedIn writes it (the slug is ours to encode, never raw). */
export function profileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}
