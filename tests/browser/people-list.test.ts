import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedRoots } from './closed-root';
import { ORIANE, TOVA_ON_PAGE } from './config';
import { type Harness, launch } from './harness';

const CHIPS = '[data-constellation="card-chips"]';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await h.call('importFile', 'backup.json', JSON.stringify(TOVA_ON_PAGE));
});
afterAll(async () => {
  await h?.close();
});

describe('card chips on people lists', () => {
  it('puts chips beside search result cards, keyed by slug inside, outside LinkedIn’s links', async () => {
    const page = await h.open('/search/results/people/?keywords=forecasting');
    const roots = closedRoots(page);
    await roots.waitFor(CHIPS, `[data-slug="${ORIANE.slug}"] [data-need]`);
    // Each host sits right after the link of the person its root names, never inside a link.
    const hosts = await roots.each(CHIPS, (root) => {
      const host = root.host;
      return {
        slug: root.querySelector('[data-slug]')?.getAttribute('data-slug') ?? null,
        insideLink: !!host.closest('a'),
        after: host.previousElementSibling?.getAttribute('href') ?? null,
      };
    });
    expect(hosts.length).toBeGreaterThan(0);
    expect(new Set(hosts.map((x) => x.slug)).size).toBe(hosts.length); // one host per card
    for (const host of hosts) {
      expect(host.insideLink).toBe(false);
      expect(host.after).toContain(`/in/${host.slug}/`);
    }
    const needs = await roots.attrs(CHIPS, `[data-slug="${ORIANE.slug}"] [data-need]`, 'data-need');
    expect(needs).toContain('project-feedback');
    expect(needs.length).toBeLessThanOrEqual(3);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('explains a chip on focus and saves the person on click, without following the card link', async () => {
    const page = await h.open('/search/results/people/');
    const roots = closedRoots(page);
    const chip = `[data-slug="${ORIANE.slug}"] [data-need]`;
    await roots.focus(CHIPS, chip);
    await roots.waitFor(CHIPS, `[data-slug="${ORIANE.slug}"] [role="tooltip"]`);
    const [tip] = await roots.texts(CHIPS, `[data-slug="${ORIANE.slug}"] [role="tooltip"]`);
    expect(tip).toMatch(/\w{4,}/);
    const before = page.url();
    await roots.click(CHIPS, chip);
    await roots.waitFor(CHIPS, `[data-slug="${ORIANE.slug}"] [role="status"]`, { hasText: 'saved' });
    expect(page.url()).toBe(before);
    const people = await h.call<{ slug: string; stage: string }[]>('listPeople');
    expect(people.find((p) => p.slug === ORIANE.slug)?.stage).toBe('identified');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('puts chips on a profile’s side cards too, and none for the profile’s own person', async () => {
    const page = await h.open(`/in/${ORIANE.slug}/`);
    const roots = closedRoots(page);
    await roots.waitFor(`aside ${CHIPS}`, '[data-need]');
    expect(await roots.count(CHIPS, `[data-slug="${ORIANE.slug}"]`)).toBe(0);
    expect(await roots.count(CHIPS, '[data-slug]')).toBeGreaterThan(0);
    expect(await page.locator('[data-constellation="profile-panel"]').count()).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
