import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

// Two options tabs in real Chromium on the built extension (issue 14): each sends only the fields
// its user changed, the background tells every open page when the user's records changed, and
// the other tab shows the change without a reload (what a tab's user is still typing is kept: tests/components/options/TwoTabs.test.tsx, with a clock).

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(() => harness?.close());

const card = (page: Page, id: string) => page.locator(`.need-card[data-need="${id}"]`);
const ask = (page: Page, id: string) => card(page, id).getByLabel('Your specific ask');

describe('two options tabs', () => {
  it('edits in one show in the other; different fields both stay; the later write of one field wins', async () => {
    const a = await harness.openExtensionPage('options.html');
    await a.getByRole('button', { name: 'Skip for now' }).click();
    await card(a, 'networks').waitFor();
    const b = await harness.openExtensionPage('options.html');
    await card(b, 'networks').waitFor();

    // Different fields of one need: A hides it, B edits its ask.
    await ask(b, 'networks').fill('people who run oncology trials');
    await ask(b, 'networks').blur();
    await card(a, 'networks').getByRole('button', { name: 'Hide' }).click();
    await b.locator('.hidden-needs [data-need="networks"]').waitFor();
    await card(a, 'networks').waitFor({ state: 'detached' });
    // Un-hidden in a third tab, it carries B's ask: neither tab undid the other.
    const c = await harness.openExtensionPage('options.html');
    await c.locator('.hidden-needs [data-need="networks"]').getByRole('button', { name: 'Unhide' }).click();
    expect(await ask(c, 'networks').inputValue()).toBe('people who run oncology trials');
    await expect
      .poll(() => ask(a, 'networks').inputValue(), { timeout: 5000 })
      .toBe('people who run oncology trials');

    // The same field: each saved value reaches the other tab, and the later write wins.
    await ask(a, 'community').fill('a reading group');
    await ask(a, 'community').blur();
    await expect.poll(() => ask(b, 'community').inputValue(), { timeout: 5000 }).toBe('a reading group');
    await ask(b, 'community').fill('a writing group');
    await ask(b, 'community').blur();
    await expect.poll(() => ask(a, 'community').inputValue(), { timeout: 5000 }).toBe('a writing group');
    await a.reload();
    expect(await ask(a, 'community').inputValue()).toBe('a writing group');
    expect([...a.errors, ...b.errors, ...c.errors]).toEqual([]);
  });
});
