import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  it('puts chips beside search result cards, keyed by slug, outside LinkedIn’s links', async () => {
    const page = await h.open('/search/results/people/?keywords=forecasting');
    const oriane = page.locator(`${CHIPS}[data-slug="${ORIANE.slug}"]`);
    await oriane.locator('[data-need]').first().waitFor();
    const hosts = await page.locator(CHIPS).evaluateAll((els) =>
      els.map((el) => ({
        slug: el.getAttribute('data-slug'),
        open: el.shadowRoot?.mode,
        insideLink: !!el.closest('a'),
        afterName: el.previousElementSibling
          ?.getAttribute('href')
          ?.includes(`/in/${el.getAttribute('data-slug')}/`),
      })),
    );
    expect(hosts.length).toBeGreaterThan(0);
    expect(new Set(hosts.map((x) => x.slug)).size).toBe(hosts.length); // one host per card
    for (const host of hosts)
      expect(host).toMatchObject({ open: 'open', insideLink: false, afterName: true });
    const needs = await oriane
      .locator('[data-need]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-need')));
    expect(needs).toContain('project-feedback');
    expect(needs.length).toBeLessThanOrEqual(3);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('explains a chip on focus and saves the person on click, without following the card link', async () => {
    const page = await h.open('/search/results/people/');
    const chip = page.locator(`${CHIPS}[data-slug="${ORIANE.slug}"] [data-need]`).first();
    await chip.waitFor();
    await chip.focus();
    const tip = page.locator(`${CHIPS}[data-slug="${ORIANE.slug}"] [role="tooltip"]`).first();
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/\w{4,}/);
    const before = page.url();
    await chip.click();
    await page
      .locator(`${CHIPS}[data-slug="${ORIANE.slug}"] [role="status"]`, { hasText: 'saved' })
      .waitFor();
    expect(page.url()).toBe(before);
    const people = await h.call<{ slug: string; stage: string }[]>('listPeople');
    expect(people.find((p) => p.slug === ORIANE.slug)?.stage).toBe('identified');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('puts chips on a profile’s side cards too, and none for the profile’s own person', async () => {
    const page = await h.open(`/in/${ORIANE.slug}/`);
    await page.locator(`aside ${CHIPS} [data-need]`).first().waitFor();
    expect(await page.locator(`${CHIPS}[data-slug="${ORIANE.slug}"]`).count()).toBe(0);
    expect(await page.locator('[data-constellation="profile-panel"]').count()).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
