import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabPage } from '../../../lib/page-report';
import { BASHIR, ORIANE, TOVA_BACKUP } from '../config';
import { rootAttrs, rootTexts, waitInRoot } from './closed-root';
import { type FirefoxHarness, HAS_FIREFOX, launchFirefox, type Tab, until } from './harness';
import { isOurs } from './network';

// The content script in real Firefox (issue 19): on a profile and on a people list, in the
// default side-panel display (LinkedIn's page is left exactly as it was: the fixture's own
// MutationObserver, installed before our script runs, records any change it did not make; the
// sidebar page shows what it read) and in the page display (our hosts appear, their roots closed to
// the page). One Firefox for the file.

const PANEL = '[data-constellation="profile-panel"]';
const CHIPS = '[data-constellation="card-chips"]';
const HOSTS = '[data-constellation]';
const SIDEBAR = '[data-constellation="side-panel"]';

declare const browser: { browserAction: { getBadgeText(d: { tabId: number }): Promise<string> } };

let h: FirefoxHarness;
beforeAll(async () => {
  if (!HAS_FIREFOX) return;
  h = await launchFirefox();
  await h.call('importFile', 'backup.json', JSON.stringify(TOVA_BACKUP));
});
afterAll(() => h?.close());

const foreign = (page: Tab) =>
  page.evaluate(() => (window as unknown as { __foreignMutations(): string[] }).__foreignMutations());

/** The toolbar badge for the tab, as an extension page reads it. */
async function badge(page: Tab): Promise<string> {
  const tabId = await h.tabId(page);
  return h.inExtension((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
}

describe.skipIf(!HAS_FIREFOX)('the content script in real Firefox', () => {
  it('side-panel display: reads and tags a profile, adds nothing to the page', async () => {
    const page = await h.open(`/in/${ORIANE.slug}/`);
    await page.waitForSelector('main h1');
    // It ran: the background got the tagged page from it and counts the needs on the badge.
    await until(
      () => badge(page),
      (text) => /^[1-9]\d*$/.test(text),
      'badge',
    );
    expect(await foreign(page)).toEqual([]);
    expect(await page.$$(HOSTS)).toHaveLength(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('side-panel display: reads a people list for the side panel, adds no chips', async () => {
    const page = await h.open('/search/results/people/');
    await page.waitForSelector('[data-chameleon-result-urn]');
    const tabId = await h.tabId(page);
    // It ran: the background holds the list it read, each card tagged, for the side panel.
    const seen = await until(
      () => h.call<TabPage | null>('tabPage', tabId),
      (tab) => (tab?.report.cards.length ?? 0) > 1,
      'the tab page',
    );
    expect(seen?.report.kind).toBe('people-list');
    expect(seen?.cards[ORIANE.slug]?.tags.map((t) => t.need)).toContain('project-feedback');
    expect(await foreign(page)).toEqual([]);
    expect(await page.$$(HOSTS)).toHaveLength(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('the sidebar page for a LinkedIn tab shows its person and tags, and follows in-page moves', async () => {
    const page = await h.open(`/in/${ORIANE.slug}/`);
    const sidebar = await h.openExtensionPage(`sidepanel.html?tab=${await h.tabId(page)}`);
    const person = `${SIDEBAR} [data-person="${ORIANE.slug}"]`;
    await sidebar.waitForSelector(`${person} [data-need="project-feedback"]`);
    expect(await sidebar.$eval(`${person} h2`, (el) => el.textContent)).toBe(ORIANE.name);
    expect(await sidebar.$$eval(`${person} [data-need] .sp-reasons li`, (els) => els.length)).toBeGreaterThan(
      0,
    );
    // The fixture SPA: a side card's link is pushState, a skeleton, then the next person.
    await (await page.waitForSelector(`aside a[href="/in/${BASHIR.slug}/"]`))?.click();
    await sidebar.waitForSelector(`${SIDEBAR} [data-person="${BASHIR.slug}"] [data-need]`);
    expect(await sidebar.$$(person)).toHaveLength(0);
    expect(await page.$$(HOSTS)).toHaveLength(0);
    if (process.env.SHOTS) await sidebar.screenshot({ path: `${process.env.SHOTS}/firefox-sidebar.png` });
    expect([...page.errors, ...sidebar.errors]).toEqual([]);
    await Promise.all([sidebar.close(), page.close()]);
  });

  it('page display: the panel on a profile, in a root closed to the page', async () => {
    await h.call('saveSettings', { display: 'page' });
    const page = await h.open(`/in/${ORIANE.slug}/`);
    await waitInRoot(page, PANEL, '[data-need]');
    expect(await rootTexts(page, PANEL, '.name')).toEqual([ORIANE.name]);
    expect(await rootAttrs(page, PANEL, '[data-need]', 'data-need')).toContain('project-feedback');
    // Met needs are never tagged: Tova marked professional development met.
    expect(await rootAttrs(page, PANEL, '[data-need]', 'data-need')).not.toContain(
      'professional-development',
    );
    expect(
      await page.$eval(PANEL, (host) => [host.shadowRoot, host.getAttributeNames(), host.textContent]),
    ).toEqual([null, ['data-constellation'], '']);
    if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/firefox-profile.png` });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('page display: chips beside each card of a list, in roots closed to the page', async () => {
    const page = await h.open('/search/results/people/');
    await waitInRoot(page, CHIPS, `[data-slug="${ORIANE.slug}"] [data-need]`);
    const hosts = await page.$$eval(CHIPS, (els) =>
      els.map((el) => ({
        root: el.shadowRoot,
        attributes: el.getAttributeNames(),
        inLink: !!el.closest('a'),
      })),
    );
    expect(hosts.length).toBeGreaterThan(1);
    for (const host of hosts)
      expect(host).toEqual({ root: null, attributes: ['data-constellation'], inLink: false });
    const needs = await rootAttrs(page, CHIPS, `[data-slug="${ORIANE.slug}"] [data-need]`, 'data-need');
    expect(needs).toContain('project-feedback');
    if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/firefox-list.png` });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('sent nothing over the network', async () => {
    const page = await h.open(`/in/${ORIANE.slug}/`);
    await h.canaries(page);
    await page.close();
    expect(h.network.seen.filter(isOurs)).toEqual([]);
  });
});
