import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { JOB_PAGE_MATCHES, pageRoute, sameRoute } from '../../lib/linkedin-url';

const URLS = [
  ['https://www.linkedin.com/in/ada-quill/', { kind: 'profile', slug: 'ada-quill' }],
  ['https://www.linkedin.com/in/ada-quill', { kind: 'profile', slug: 'ada-quill' }],
  ['https://www.linkedin.com/in/Ada-Quill/?trk=feed', { kind: 'profile', slug: 'ada-quill' }],
  ['https://www.linkedin.com/in/ada-quill/overlay/contact-info/', { kind: 'profile', slug: 'ada-quill' }],
  ['https://www.linkedin.com/in/ada-quill/en/', { kind: 'profile', slug: 'ada-quill' }],
  ['https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller/', { kind: 'profile', slug: 'jörg-müller' }],
  ['https://www.linkedin.com/in/bad%E0%A4%A/', { kind: 'profile', slug: 'bad%e0%a4%a' }],
  ['https://www.linkedin.com/search/results/people/?keywords=x', { kind: 'people-list' }],
  ['https://www.linkedin.com/mynetwork/grow/', { kind: 'people-list' }],
  // Separate pages without a top card, and everything else: left alone.
  ['https://www.linkedin.com/in/ada-quill/details/experience/', { kind: 'other' }],
  ['https://www.linkedin.com/in/ada-quill/recent-activity/all/', { kind: 'other' }],
  ['https://www.linkedin.com/feed/', { kind: 'other' }],
  ['https://www.linkedin.com/search/results/all/?keywords=x', { kind: 'other' }],
  ['https://www.linkedin.com/messaging/', { kind: 'other' }],
  ['https://www.linkedin.com/', { kind: 'other' }],
  ['https://example.com/in/ada-quill/', { kind: 'other' }],
  ['not a url', { kind: 'other' }],
  ['', { kind: 'other' }],
] as const;

describe('pageRoute', () => {
  it.each(URLS)('%s', (url, route) => {
    expect(pageRoute(url)).toEqual(route);
  });
});

describe('the manifest injects the content script wherever a page has a job', () => {
  const patterns = JOB_PAGE_MATCHES.map((p) => new MatchPattern(p));
  const matched = (url: string) => patterns.some((p) => p.includes(url));
  it.each([
    ...URLS.filter(([, r]) => r.kind !== 'other').map(([url]) => url),
    'https://www.linkedin.com/search/results/people?keywords=x',
  ])('%s', (url) => {
    expect(matched(url)).toBe(true);
  });
  it('and not on the feed, messaging or other searches', () => {
    for (const path of ['feed/', 'messaging/', 'jobs/', 'search/results/all/?keywords=x', ''])
      expect(matched(`https://www.linkedin.com/${path}`)).toBe(false);
  });
});

describe('sameRoute', () => {
  it.each([
    [{ kind: 'profile', slug: 'a' }, { kind: 'profile', slug: 'a' }, true],
    [{ kind: 'profile', slug: 'a' }, { kind: 'profile', slug: 'b' }, false],
    [{ kind: 'people-list' }, { kind: 'people-list' }, true],
    [{ kind: 'people-list' }, { kind: 'other' }, false],
    [{ kind: 'profile', slug: 'a' }, { kind: 'other' }, false],
  ] as const)('%j vs %j → %s', (a, b, same) => {
    expect(sameRoute(a, b)).toBe(same);
  });
});
