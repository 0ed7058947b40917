import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/reader';
import { pageReadSchema } from '../../lib/reader/schema';
import { FIXTURE_URLS } from './fixture-urls';
import { expected, fixture, PAGES_DIR } from './load';

// One row per project fixture: the page, the URL it stands for, and what the reader must make of it.
const names = readdirSync(PAGES_DIR)
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => file.replace('.expected.json', ''));

describe('project fixtures', () => {
  it('every fixture with an expectation has a URL, and every URL an expectation', () => {
    expect(names.sort()).toEqual(Object.keys(FIXTURE_URLS).sort());
  });

  it.each(names)('%s reads as expected', (name) => {
    const url = FIXTURE_URLS[name]!;
    const read = readPage(fixture(name, url), url);
    expect(read).toEqual(expected(name));
    expect(pageReadSchema.safeParse(read).success).toBe(true);
  });

  const profiles = names.filter((name) => (expected(name) as { kind: string }).kind === 'profile');
  it.each(profiles.filter((name) => name !== 'never-seen'))(
    '%s yields the same person without a URL (slug from the page itself)',
    (name) => {
      const withUrl = expected(name) as { profile: { slug: string; name: string } };
      const read = readPage(fixture(name), '');
      expect(read.kind).toBe('profile');
      expect(read.profile?.slug).toBe(withUrl.profile.slug);
      expect(read.profile?.name).toBe(withUrl.profile.name);
    },
  );

  it('a generic linkedin URL reads the page like no URL at all', () => {
    const read = readPage(fixture('sdui-2026'), 'https://www.linkedin.com/');
    expect(read.profile?.slug).toBe('chiara-benedetti');
  });

  it('a layout never seen still yields name and slug from the durable signals', () => {
    const read = readPage(fixture('never-seen', FIXTURE_URLS['never-seen']), FIXTURE_URLS['never-seen']!);
    expect(read.profile).toMatchObject({ slug: 'noor-haddad', name: 'Noor Haddad' });
  });
});
