import { describe, expect, it } from 'vitest';
import { pageRoute, sameRoute } from '../../lib/content/route';

describe('pageRoute', () => {
  it.each([
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
  ])('%s', (url, route) => {
    expect(pageRoute(url)).toEqual(route);
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
