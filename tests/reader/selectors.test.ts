import { describe, expect, it } from 'vitest';
import * as selectors from '../../lib/reader/selectors';
import { FIXTURE_URLS } from './fixture-urls';
import { fixture } from './load';

// Convention: every selector alternative is real. Each must parse, and each must match at least one
// project fixture of the generation it names (so a renamed class shows up as a failing row here).

// Which project fixtures stand for each generation.
const BY_GENERATION: Record<string, string[]> = {
  'public-2016': ['public-2016'],
  'ember-2018': ['ember-2018'],
  'pvs-2022': ['pvs-2022', 'ember-2024', 'details-experience', 'own-profile'],
  'hashed-2025': ['hashed-2025', 'ember-2024', 'search-ember-2025', 'locale-de', 'locale-es'],
  'sdui-2026': [
    'sdui-2026',
    'sdui-2026-creator',
    'sdui-2026-experience',
    'search-sdui-2026',
    'locale-fr',
    'locale-pt',
  ],
};
// Pages each group must NOT match: a broad SDUI rule reaching into older layouts is how side cards
// broke before (an Ember list item read as a card wrapping another).
const BEFORE_SDUI = [
  'public-2016',
  'ember-2018',
  'pvs-2022',
  'ember-2024',
  'hashed-2025',
  'details-experience',
];
const MUST_NOT: Record<string, string[]> = {
  SIDE_CARD_SHAPE: [...BEFORE_SDUI, 'search-ember-2025', 'feed'],
  NOT_SIDE_CARDS: [...BEFORE_SDUI, 'feed'],
  ACTIVITY: [...BEFORE_SDUI, 'feed'],
  EXPERIENCE_SECTION: [...BEFORE_SDUI, 'sdui-2026', 'feed'],
  SKILLS_SECTION: [...BEFORE_SDUI, 'sdui-2026', 'feed'],
};
// Alternatives kept from quoted 2020–21 fragments (LAYOUTS.md, *frag*): no page of ours has them.
const FRAGMENT_ONLY = new Set(['ember-2020']);
// Seen in real pages of that generation but not reproduced in our small fixtures.
const NOT_IN_FIXTURES = new Set(['li.reusable-search__result-container']);

const docs = new Map(Object.entries(FIXTURE_URLS).map(([name, url]) => [name, fixture(name, url)]));
const groups = Object.entries(selectors).filter(
  (entry): entry is [string, selectors.Alternatives] =>
    Array.isArray(entry[1]) && typeof (entry[1] as selectors.Alternatives)[0]?.css === 'string',
);
const rows = groups.flatMap(([group, alternatives]) => alternatives.map((alt) => ({ group, ...alt })));

describe('selectors as data', () => {
  it('every group has alternatives', () => {
    expect(groups.length).toBeGreaterThan(15);
  });

  it.each(rows)('$group: $css ($gen) parses and matches its generation', ({ css, gen }) => {
    expect(() => docs.get('feed')!.querySelectorAll(css)).not.toThrow();
    if (FRAGMENT_ONLY.has(gen) || NOT_IN_FIXTURES.has(css)) return;
    const pages = gen === 'all' ? [...docs.keys()] : (BY_GENERATION[gen] ?? []);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.some((name) => docs.get(name)!.querySelector(css))).toBe(true);
  });

  it.each(Object.entries(MUST_NOT))('%s matches none of the pages it is not for', (group, pages) => {
    const alternatives = (selectors as unknown as Record<string, selectors.Alternatives>)[group]!;
    for (const name of pages)
      for (const { css } of alternatives) expect(docs.get(name)!.querySelector(css)).toBeNull();
  });

  it('no side-card or search selector matches the feed (a page that is neither)', () => {
    const feed = docs.get('feed')!;
    for (const alt of [...selectors.SIDE_CARDS, ...selectors.SEARCH_CARDS, ...selectors.TOP_CARD])
      expect(feed.querySelector(alt.css)).toBeNull();
  });

  it('lazy-section selectors parse and find the SDUI placeholders', () => {
    const sdui = docs.get('sdui-2026')!;
    for (const css of selectors.LAZY_SECTION_SELECTORS)
      expect(() => sdui.querySelectorAll(css)).not.toThrow();
    expect(sdui.querySelectorAll(selectors.LAZY_SECTION_SELECTORS.join(',')).length).toBeGreaterThan(2);
  });
});
