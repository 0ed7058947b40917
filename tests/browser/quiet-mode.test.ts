import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedRoots } from './closed-root';
import { BASHIR, ORIANE, TOVA_BACKUP } from './config';
import { badgeFor, foreignMutations, type Harness, launch, tabIdOf } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  // The default display: the side panel, nothing on LinkedIn's page.
  await h.call('importFile', 'backup.json', JSON.stringify(TOVA_BACKUP));
});
afterAll(async () => {
  await h?.close();
});

describe('the side-panel display (default)', () => {
  it('reads a profile only once a side panel shows it; adds nothing to the page; the badge counts', async () => {
    const page = await h.open(`/in/${ORIANE.slug}/`);
    await page.locator('main h1').waitFor();
    const tabId = await tabIdOf(h, page);
    // Every script the page's renderer compiled, ours included (Debugger.enable reports those
    // already parsed, then each new one).
    const cdp = await h.context.newCDPSession(page);
    const ours: string[] = [];
    cdp.on('Debugger.scriptParsed', (e) => {
      if (e.url.startsWith('chrome-extension://')) ours.push(e.url.replace(/^.*\//, ''));
    });
    await cdp.send('Debugger.enable');
    // Nobody can see this page through us (no side panel, and our button is not pinned in a test
    // browser, so no badge shows): no script of ours came, nothing was read. Half a second is
    // many times what a read and its report take here (the side panel below gets it at once).
    await page.waitForTimeout(500);
    expect(ours).toEqual([]);
    expect(await h.call('tabPage', tabId)).toBeNull();
    expect(await badgeFor(h, page)).toBe('');
    // A side panel on the tab wakes the script: the page is read, tagged and counted on the badge.
    const panel = await h.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.locator(`[data-person="${ORIANE.slug}"] [data-need]`).first().waitFor();
    await expect.poll(() => badgeFor(h, page), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);
    // Brought by the panel: the content script, then its reader.
    expect(ours).toEqual(['linkedin.js', 'page-read.js']);
    await cdp.detach();
    expect(await foreignMutations(page)).toEqual([]);
    expect(await page.locator('[data-constellation]').count()).toBe(0);
    expect([...page.errors, ...panel.errors]).toEqual([]);
    await Promise.all([panel.close(), page.close()]);
  });

  it('adds no chips to a people list', async () => {
    const page = await h.open('/search/results/people/');
    await page.locator('[data-chameleon-result-urn]').first().waitFor();
    // Had any script of ours come (a side panel was open a moment ago in the test above, so Chrome
    // may still have it registered), it ran at document_idle, before goto resolved on load; a
    // frame lets a first scan finish.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await foreignMutations(page)).toEqual([]);
    expect(await page.locator('[data-constellation]').count()).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('with the side panel following the tab through an in-page navigation, the page sees nothing of ours', async () => {
    // The fixture SPA's MutationObserver is installed by the page before our script runs.
    const page = await h.open(`/in/${ORIANE.slug}/`);
    const tabId = await tabIdOf(h, page);
    const panel = await h.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.locator(`[data-person="${ORIANE.slug}"] [data-need]`).first().waitFor();
    await page.locator(`aside a[href="/in/${BASHIR.slug}/"]`).click();
    await panel.locator(`[data-person="${BASHIR.slug}"]`).waitFor();
    expect(await foreignMutations(page)).toEqual([]);
    expect(await page.locator('[data-constellation]').count()).toBe(0);
    expect([...page.errors, ...panel.errors]).toEqual([]);
    await Promise.all([panel.close(), page.close()]);
  });

  it('choosing the page display brings the panel back on the next page', async () => {
    await h.call('saveSettings', { display: 'page' });
    const page = await h.open(`/in/${ORIANE.slug}/`);
    await closedRoots(page).waitFor('[data-constellation="profile-panel"]', '[data-need]');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
