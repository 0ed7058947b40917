import { describe, expect, it } from 'vitest';
import { CARD_CAPS, EXPERIENCE_CAPS, LIMITS, PROFILE_CAPS } from '../../lib/caps';
import { contentCalls } from '../../lib/messages/content-calls';
import { pagesCalls } from '../../lib/messages/pages-calls';
import { readPage } from '../../lib/reader';
import { pageReadSchema } from '../../lib/reader/schema';
import { FIXTURE_URLS } from './fixture-urls';
import { fixture } from './load';

// The reader cuts every field to lib/caps.ts and the router refuses more than the same table: so
// the longest page the reader can make of anything still gets through the background's door. Each
// fixture is blown up (every text a few thousand characters, every list item many times over) so
// the reader's output sits at its caps.

const SKIP = new Set(['SCRIPT', 'STYLE', 'CODE', 'TITLE', 'TEMPLATE', 'NOSCRIPT']);

function inflate(doc: Document): Document {
  // Lists first (experience, skills, cards): each item fifteen times over, each copy its own words.
  for (const li of [...doc.querySelectorAll('li, [role="listitem"]')])
    for (let i = 0; i < 15; i++) li.after(li.cloneNode(true));
  const walker = doc.createTreeWalker(doc.body, 4);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim() || SKIP.has(node.parentElement?.tagName ?? '')) continue;
    n += 1;
    node.nodeValue = `${node.nodeValue} ${`w${n} `.repeat(1000)}`;
  }
  return doc;
}

// The reader cuts on a whole word or character and ends with an ellipsis: at most the cap, a little under.
const atCap = (length: number | undefined, cap: number) => {
  expect(length).toBeLessThanOrEqual(cap);
  expect(length).toBeGreaterThan(cap - 20);
};
const longest = (values: (string | null)[]) => Math.max(0, ...values.map((v) => v?.length ?? 0));

// Each fixture read once, inflated: the reads are slow (a few seconds each), the checks are not.
const reads = new Map<string, ReturnType<typeof readPage>>();
function inflatedRead(name: string) {
  const url = FIXTURE_URLS[name]!;
  if (!reads.has(name)) reads.set(name, readPage(inflate(fixture(name, url)), url));
  return reads.get(name)!;
}

const profiles = [
  'ember-2024',
  'pvs-2022',
  'hashed-2025',
  'sdui-2026',
  'sdui-2026-experience',
  'public-2016',
];
const lists = ['search-ember-2025', 'search-sdui-2026'];

describe('a maximal reader output passes the router', { timeout: 30_000 }, () => {
  it.each(profiles)(
    '%s, inflated: fields at their caps, and every call that carries it accepts it',
    (name) => {
      const url = FIXTURE_URLS[name]!;
      const read = inflatedRead(name);
      const profile = read.profile!;
      // At the caps, not below them: otherwise this test would prove nothing.
      atCap(profile.name?.length, PROFILE_CAPS.name);
      atCap(profile.headline?.length, PROFILE_CAPS.headline);
      expect(profile.experience.length).toBeLessThanOrEqual(PROFILE_CAPS.experience);
      expect(longest(profile.experience.map((e) => e.title))).toBeLessThanOrEqual(EXPERIENCE_CAPS.title);
      expect(profile.skills.length).toBeLessThanOrEqual(PROFILE_CAPS.skills);

      expect(pageReadSchema.safeParse(read).error?.issues).toBeUndefined();
      const report = { ...read, url, kind: 'profile' as const };
      expect(contentCalls.reportPage.safeParse([report]).error?.issues).toBeUndefined();
      expect(pagesCalls.tagProfile.safeParse([profile]).error?.issues).toBeUndefined();
      expect(contentCalls.savePerson.safeParse([profile, []]).error?.issues).toBeUndefined();
      expect(pagesCalls.savePerson.safeParse([profile, []]).error?.issues).toBeUndefined();
    },
  );

  it('some inflated profile fills every list to its cap', () => {
    const all = profiles.map(inflatedRead);
    const most = (f: (p: NonNullable<(typeof all)[number]['profile']>) => number) =>
      Math.max(...all.map((r) => f(r.profile!)));
    expect(most((p) => p.experience.length)).toBe(PROFILE_CAPS.experience);
    expect(most((p) => p.skills.length)).toBe(PROFILE_CAPS.skills);
    atCap(
      most((p) => longest(p.skills)),
      PROFILE_CAPS.skill,
    );
    atCap(
      most((p) => longest([p.about])),
      PROFILE_CAPS.about,
    );
  });

  it.each(lists)('%s, inflated: cards at their caps pass tagCards and a page report', (name) => {
    const url = FIXTURE_URLS[name]!;
    const read = inflatedRead(name);
    atCap(longest(read.cards.map((c) => c.name)), CARD_CAPS.name);
    atCap(longest(read.cards.map((c) => c.headline)), CARD_CAPS.headline);
    expect(pagesCalls.tagCards.safeParse([read.cards]).error?.issues).toBeUndefined();
    const report = { ...read, url, kind: 'people-list' as const };
    expect(contentCalls.reportPage.safeParse([report]).error?.issues).toBeUndefined();
  });

  it('a stored person holds a whole page read: its caps are at least the reader’s', () => {
    // Otherwise saving the person on a page would cut what the page showed.
    expect(LIMITS.person.name).toBeGreaterThanOrEqual(Math.max(PROFILE_CAPS.name, CARD_CAPS.name));
    expect(LIMITS.person.headline).toBeGreaterThanOrEqual(
      Math.max(PROFILE_CAPS.headline, CARD_CAPS.headline),
    );
    expect(LIMITS.person.company).toBeGreaterThanOrEqual(PROFILE_CAPS.company);
    expect(LIMITS.item).toBeGreaterThanOrEqual(PROFILE_CAPS.skill);
  });

  it('one character over a cap is refused at the door', () => {
    const over = { slug: 'ada-north', name: 'x'.repeat(PROFILE_CAPS.name + 1) };
    expect(contentCalls.savePerson.safeParse([over, []]).success).toBe(false);
    expect(
      pagesCalls.tagProfile.safeParse([{ slug: 'ada-north', skills: ['s'.repeat(PROFILE_CAPS.skill + 1)] }])
        .success,
    ).toBe(false);
  });
});
