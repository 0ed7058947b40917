import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutreachEvent } from '../../lib/domain';
import { BASHIR, HOSTILE, ORIANE, person, TOVA_BACKUP } from './config';
import { type Harness, launch, type PageProblems } from './harness';

// The popup in real Chromium with the built extension and its real IndexedDB, seeded through the
// background's own Api: advancing a person survives a reload, the drafter copies and saves, the
// needs wheel draws, page text stays text, and the page logs no errors.

// Declared for the callbacks that run inside the extension page (not in Node).
declare const chrome: {
  tabs: { query(q: object): Promise<{ url?: string }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
  const backup = {
    ...TOVA_BACKUP,
    people: [
      person(ORIANE.slug, ORIANE.name),
      person(BASHIR.slug, BASHIR.name, { stage: 'ongoing', needs: ['community'] }),
      person(HOSTILE.slug, '<img src=x onerror="document.title=\'pwned\'"><b>Eve</b>', {
        headline: '<script>1</script>',
      }),
    ],
  };
  const result = await harness.call<{ ok: boolean; message: string }>(
    'importFile',
    'seed.json',
    JSON.stringify(backup),
  );
  if (!result.ok) throw new Error(result.message);
});
afterAll(() => harness?.close());

async function openPopup(hash = ''): Promise<Page & PageProblems> {
  const page = await harness.openExtensionPage(`popup.html${hash}`);
  await page.setViewportSize({ width: 400, height: 600 });
  await page.locator('[role="tab"]').first().waitFor();
  return page;
}

const stageOf = (page: Page, slug: string) =>
  page
    .locator(`[data-person="${slug}"]`)
    .evaluate((e) => e.closest('[data-stage]')?.getAttribute('data-stage'));

describe('popup', () => {
  it('advances a person in one click, and the stage survives a reload', async () => {
    const page = await openPopup();
    const row = page.locator(`[data-stage="identified"] [data-person="${ORIANE.slug}"]`);
    await row.waitFor();
    await row.locator('[data-action="advance"]').click();
    await page.locator(`[data-stage="drafted"] [data-person="${ORIANE.slug}"]`).waitFor();
    await page.reload();
    await page.locator(`[data-stage="drafted"] [data-person="${ORIANE.slug}"]`).waitFor();
    expect(await stageOf(page, ORIANE.slug)).toBe('drafted');
    expect(await page.locator('[data-stage="drafted"] .count').textContent()).toBe('1');
    const events = await harness.call<OutreachEvent[]>('listEvents', ORIANE.slug);
    expect(events.map((e) => e.stage)).toEqual(['drafted']);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows hostile names as text', async () => {
    const page = await openPopup();
    const row = page.locator(`[data-person="${HOSTILE.slug}"]`);
    await row.waitFor();
    expect(await row.locator('img, b, script').count()).toBe(0);
    expect(await row.textContent()).toContain('<b>Eve</b>');
    expect(await page.title()).not.toBe('pwned');
    await page.close();
  });

  it('drafts from #draft?slug=&need=, copies, and saves as drafted with the text and channel', async () => {
    const page = await openPopup(`#draft?slug=${BASHIR.slug}&need=project-feedback`);
    const box = page.getByLabel('Your request');
    await expect.poll(() => box.inputValue()).toContain('Bashir');
    await page.locator('input[data-channel="message"]').check({ force: true });
    await box.fill('Hi Bashir, sorry to bother you. Could we have 20 minutes on a call next week?');
    await page.locator('.editor-marks mark[data-kind="hedge"]').waitFor();
    await page.locator('[data-action="copy"]').click();
    await page.getByText('Copied ✓').waitFor();
    // Read back from a web page: extension origins cannot be granted clipboard-read, web origins can.
    await harness.context.grantPermissions(['clipboard-read'], { origin: 'https://www.linkedin.com' });
    const reader = await harness.open('/feed/');
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(
      'Hi Bashir, sorry to bother you. Could we have 20 minutes on a call next week?',
    );
    await reader.close();
    await page.locator('[data-action="save-drafted"]').click();
    await page.getByRole('status').waitFor();
    const [event] = (await harness.call<OutreachEvent[]>('listEvents', BASHIR.slug)).slice(-1);
    expect(event).toMatchObject({ stage: 'drafted', channel: 'message' });
    expect(event?.text).toContain('20 minutes');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('draws the needs wheel with a segment per visible need', async () => {
    const page = await openPopup('#needs');
    const wheel = page.getByRole('img', { name: /Needs map/ });
    await wheel.waitFor();
    expect(await wheel.locator('[data-need]').count()).toBe(9);
    expect(await wheel.locator('[data-need="professional-development"]').getAttribute('data-state')).toBe(
      'met',
    );
    expect(await page.locator('ol[aria-label="Needs, as a list"] li').count()).toBe(9);
    await page.close();
  });

  it('exports the pipeline as CSV', async () => {
    const page = await openPopup();
    await page.locator('[data-person]').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-constellation="export-csv"]').click(),
    ]);
    const csv = await readFile((await download.path()) as string, 'utf8');
    expect(csv).toContain(ORIANE.name);
    expect(csv.split('\n')[0]).toContain('Stage');
    await page.close();
  });

  it('can read the URL of a LinkedIn tab without the "tabs" permission, and of no other site', async () => {
    const profile = await harness.open(`/in/${ORIANE.slug}/`);
    const blank = await harness.context.newPage();
    const page = await openPopup();
    const urls = await page.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.url ?? null));
    expect(urls).toContain(`https://www.linkedin.com/in/${ORIANE.slug}/`);
    // about:blank is outside the host permission: its URL stays hidden.
    expect(urls).toContain(null);
    await Promise.all([profile.close(), blank.close(), page.close()]);
  });
});
