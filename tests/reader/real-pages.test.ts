import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/reader';
import { pageReadSchema } from '../../lib/reader/schema';
import { parse } from './load';

// Pages LinkedIn really served (2016–2026), read from the shared folder beside the repository and
// never copied into it. They hold real people's data, so this file commits no value from them:
// strings are compared by a short hash, and names against the page's own <title>.

// A worktree sits one folder deeper than the main checkout: REAL_PAGES_DIR points it at the folder.
const DIR =
  process.env.REAL_PAGES_DIR?.replace(/\/?$/, '/') ??
  fileURLToPath(new URL('../../../shared/fixtures/linkedin-real/', import.meta.url));
const present = existsSync(DIR);
if (!present) console.warn(`real-pages: skipped, ${DIR} is absent (it exists only in the shared workplace)`);

const h = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

interface Row {
  file: string;
  kind: 'profile' | 'people-list';
  /** Hashes of slug, name, headline, location, company (null: absent on that page). */
  strings?: Record<'slug' | 'name' | 'headline' | 'location' | 'company', string | null>;
  numbers?: {
    degree: number | null;
    followers: number | null;
    connections: number | string | null;
    mutual: number | null;
  };
  /** Counts: experience entries, skills, cards; degrees of the cards in page order. */
  experience?: number;
  skills?: number;
  cards: number;
  cardDegrees: string;
  titleHasName: boolean;
}

const ROWS: Row[] = [
  {
    file: '2016-public-v3-1.html',
    kind: 'profile',
    titleHasName: true,
    cards: 10,
    cardDegrees: '',
    strings: {
      slug: '0dfd140e8552',
      name: 'ec197f538b24',
      headline: '9e4f853b6a41',
      location: 'edaa91b66d05',
      company: '3e5a1e195141',
    },
    numbers: { degree: null, followers: null, connections: null, mutual: null },
    experience: 12,
    skills: 26,
  },
  {
    file: '2018-loggedin-pvtopcard-1.html',
    kind: 'profile',
    titleHasName: false,
    cards: 10,
    cardDegrees: '312323233',
    strings: {
      slug: 'a998987a2162',
      name: '04805e96590c',
      headline: 'e006a2dddd8a',
      location: '1528069b0068',
      company: '67b238bfc312',
    },
    numbers: { degree: 1, followers: null, connections: 90, mutual: 16 },
    experience: 8,
    skills: 12,
  },
  {
    file: '2022-loggedin-pvs-1.html',
    kind: 'profile',
    titleHasName: true,
    cards: 10,
    cardDegrees: '3333', // PYMK: {:distance}
    strings: {
      slug: 'ca4ea834f3e4',
      name: '222a97421167',
      headline: 'fd2c92f8c97b',
      location: 'b5e0c3ac8e06',
      company: 'a4f2cf81a927',
    },
    // Followers only in the Activity header ("N followers" under its h2).
    numbers: { degree: 3, followers: 726, connections: '500+', mutual: null },
    experience: 5,
    skills: 3,
  },
  {
    file: '2024-loggedin-ember-1.html',
    kind: 'profile',
    titleHasName: true,
    cards: 10,
    cardDegrees: '32323',
    strings: {
      slug: 'f3f6b20b8207',
      name: '2a9781dafa3b',
      headline: 'ecf8c2de1be3',
      location: '6e5f9f4c1bd1',
      company: '9369d08053da',
    },
    numbers: { degree: 2, followers: 357, connections: 357, mutual: 4 }, // followers: Activity header
    experience: 4,
    skills: 2,
  },
  {
    // No current job on this page: company is absent, as LAYOUTS.md notes.
    file: '2025-loggedin-ember-1.html',
    kind: 'profile',
    titleHasName: false,
    cards: 10,
    cardDegrees: '33333',
    strings: {
      slug: '69404684813b',
      name: '2ebfa9ff7ed2',
      headline: 'a1612f062437',
      location: 'c74f6ea4ecba',
      company: null,
    },
    numbers: { degree: 2, followers: 26825, connections: '500+', mutual: 2 },
    experience: 9,
    skills: 6,
  },
  {
    // Two degree paragraphs; the one in div[data-display-contents] says the wrong thing.
    file: '2026-profile-sdui-1.html',
    kind: 'profile',
    titleHasName: true,
    cards: 10,
    cardDegrees: '2132222222',
    strings: {
      slug: 'c1361b4c7d5e',
      name: 'b3f3bbcafec5',
      headline: '7431640962e7',
      location: '0f90f47d0823',
      company: '271a9beef91d',
    },
    numbers: { degree: 1, followers: 3122, connections: '500+', mutual: 1 },
    experience: 0,
    skills: 0,
  },
  {
    // Pronouns before the degree lines (not the headline); the wrapped degree line comes first here;
    // no connection count; "Explore premium profiles" has no named component, and two of its
    // slugs are percent-encoded.
    file: '2026-profile-sdui-creator-2nd.html',
    kind: 'profile',
    titleHasName: true,
    cards: 9,
    cardDegrees: '222232323',
    strings: {
      slug: '3a68f6e1efc6',
      name: '1ee29514a69a',
      headline: '0393580c29c7',
      location: 'edaa91b66d05',
      company: '539967fc0862',
    },
    numbers: { degree: 2, followers: 11239, connections: null, mutual: 8 },
    experience: 0,
    skills: 0,
  },
  {
    // 1st degree, the degree lines in the other order; More profiles (one 1st) then PYMK (3rd+).
    file: '2026-profile-sdui-1st-sidecards.html',
    kind: 'profile',
    titleHasName: true,
    cards: 10,
    cardDegrees: '1222223232',
    strings: {
      slug: '650a87017676',
      name: '80ed57c7c0c0',
      headline: '85d2846b3916',
      location: '2de32bd212f6',
      company: '87085d2b2ba8',
    },
    numbers: { degree: 1, followers: 1328, connections: '500+', mutual: 18 },
    experience: 0,
    skills: 0,
  },
  {
    file: '2025-search-ember-1.html',
    kind: 'people-list',
    titleHasName: false,
    cards: 10,
    cardDegrees: '2222222233',
  },
  {
    file: '2026-search-sdui-2.html',
    kind: 'people-list',
    titleHasName: false,
    cards: 10,
    cardDegrees: '2222222222',
  },
];

describe.skipIf(!present)('real LinkedIn pages (../shared/fixtures/linkedin-real)', () => {
  describe.each(ROWS)('$file', (row) => {
    const html = present ? readFileSync(`${DIR}${row.file}`, 'utf8') : '';
    const url =
      row.kind === 'people-list' ? 'https://www.linkedin.com/search/results/people/?keywords=x' : '';
    const doc = parse(html);
    const read = readPage(doc, url);

    it('has the right kind and a valid shape', () => {
      expect(read.kind).toBe(row.kind);
      expect(read.own).toBe(false);
      expect(pageReadSchema.safeParse(read).success).toBe(true);
    });

    it.skipIf(!row.strings)('reads slug, name, headline, location and company', () => {
      const p = read.profile!;
      const hashes = Object.fromEntries(
        (['slug', 'name', 'headline', 'location', 'company'] as const).map((k) => [
          k,
          p[k] === null ? null : h(p[k]),
        ]),
      );
      expect(hashes).toEqual(row.strings);
      if (row.titleHasName) expect(doc.title).toContain(p.name);
      for (const field of ['name', 'headline', 'location'] as const)
        expect(read.missing).not.toContain(field);
    });

    it.skipIf(!row.numbers)('reads degree and counts as numbers', () => {
      const p = read.profile!;
      expect({
        degree: p.degree,
        followers: p.followers,
        connections: p.connections,
        mutual: p.mutualConnections,
      }).toEqual(row.numbers);
      expect(p.experience).toHaveLength(row.experience!);
      expect(p.skills).toHaveLength(row.skills!);
      for (const entry of p.experience) expect(entry.title ?? entry.company).toBeTruthy();
      // The "… more" control inside a truncated About is not part of it.
      expect(p.about ?? '').not.toMatch(/…\s*more$/);
    });

    it('reads the cards on the page', () => {
      expect(read.cards).toHaveLength(row.cards);
      expect(read.cards.map((c) => c.degree ?? '').join('')).toBe(row.cardDegrees);
      const slugs = new Set(read.cards.map((c) => c.slug));
      expect(slugs.size).toBe(read.cards.length);
      if (read.profile) expect(slugs.has(read.profile.slug)).toBe(false);
      for (const card of read.cards) {
        expect(card.slug).toMatch(/^[^\sA-Z/?#]+$/);
        expect(card.name).toBeTruthy();
        expect(card.headline ?? '').not.toMatch(/^[·•]/);
      }
    });
  });
});
