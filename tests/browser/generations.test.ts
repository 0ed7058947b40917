import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedRoots } from './closed-root';
import { TOVA_ON_PAGE } from './config';
import { type Harness, launch, PAGES, type Routes } from './harness';

// The panel on every layout generation the reader knows, as the page first loads (the reader's
// fictional per-generation fixtures in tests/fixtures/pages, with their expected reads).

interface Expected {
  kind: string;
  own: boolean;
  profile: { slug: string; name: string | null } | null;
  cards: { slug: string }[];
}

const fixtures = readdirSync(PAGES)
  .filter((f) => f.endsWith('.expected.json') && !f.startsWith('details-'))
  .map((f) => ({
    file: f.replace('.expected.json', '.html'),
    expected: JSON.parse(readFileSync(join(PAGES, f), 'utf8')) as Expected,
  }));
const profiles = fixtures.filter((f) => f.expected.kind === 'profile' && f.expected.profile?.slug);
const lists = fixtures.filter((f) => f.expected.kind === 'people-list');

const PANEL = '[data-constellation="profile-panel"]';
let h: Harness;
beforeAll(async () => {
  const routes: Routes = profiles.map(({ file, expected }) => [
    new RegExp(`^/in/${expected.profile!.slug}/$`),
    file,
  ]);
  h = await launch({ routes });
  await h.call('importFile', 'backup.json', JSON.stringify(TOVA_ON_PAGE));
});
afterAll(async () => {
  await h?.close();
});

describe.skipIf(!profiles.length)('panel per layout generation', () => {
  it.each(profiles.map((f) => [f.file, f.expected] as const))('%s', async (_, expected) => {
    const page = await h.open(`/in/${expected.profile!.slug}/`);
    if (expected.own) {
      // Never tagged: wait until the side of the page the reader needs is there, then find nothing.
      await page.waitForLoadState('load');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      expect(await page.locator(PANEL).count()).toBe(0);
    } else if (expected.profile!.name) {
      await closedRoots(page).waitFor(PANEL, '.panel[data-status="ready"]');
      expect(await closedRoots(page).texts(PANEL, '.name')).toEqual([expected.profile!.name]);
      expect(await page.locator(PANEL).count()).toBe(1);
    } else {
      await closedRoots(page).waitFor(PANEL, '[data-action="copy-diagnostic"]');
    }
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!lists.length)('chips per list generation', () => {
  it.each(lists.map((f) => [f.file, f.expected] as const))('%s', async (file, expected) => {
    const local = await launch({ routes: [[/^\/search\/results\/people\/$/, file]] });
    try {
      await local.call('importFile', 'backup.json', JSON.stringify(TOVA_ON_PAGE));
      const page = await local.open('/search/results/people/');
      const chips = closedRoots(page);
      await chips.waitFor('[data-constellation="card-chips"]', '[data-need]');
      const slugs = await chips.each(
        '[data-constellation="card-chips"]',
        (root) =>
          [
            root.querySelector('[data-slug]')?.getAttribute('data-slug') ?? null,
            !!root.host.closest('a'),
          ] as const,
      );
      const known = new Set(expected.cards.map((c) => c.slug));
      for (const [slug, insideLink] of slugs) {
        expect(known.has(slug ?? '')).toBe(true);
        expect(insideLink).toBe(false);
      }
      expect(new Set(slugs.map(([s]) => s)).size).toBe(slugs.length);
      expect(page.errors).toEqual([]);
    } finally {
      await local.close();
    }
  });
});
