import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserConfig } from '../../lib/domain';
import { type Harness, launch, type PageProblems } from './harness';

// The options page in real Chromium with the built extension and its real IndexedDB: what a user
// sets survives a reload, a backup round-trips through the page's own controls, a bad backup is
// refused without changing anything, and the page logs no errors.

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(() => harness?.close());

const card = (page: Page, id: string) => page.locator(`.need-card[data-need="${id}"]`);
const saved = (page: Page) => page.locator('[data-save-state="saved"]').waitFor();

/** axe-core's serious and critical findings on the page as it is now. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const { violations } = await axe.run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function openOptions(): Promise<Page & PageProblems> {
  const page = await harness.openExtensionPage('options.html');
  await page.locator('[data-constellation="first-run"], .need-card').first().waitFor();
  return page;
}

describe('options page', () => {
  it('opens in its own tab on install, at the first run', async () => {
    await expect
      .poll(() => harness.context.pages().some((p) => p.url().endsWith('/options.html')), { timeout: 10_000 })
      .toBe(true);
    const page = harness.context.pages().find((p) => p.url().endsWith('/options.html')) as Page;
    await page.locator('[data-constellation="first-run"]').waitFor();
  });

  it('first run, then needs set on the page are still there after a reload', async () => {
    const page = await openOptions();
    await page.locator('[data-constellation="first-run"]').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('checkbox', { name: /Accountability/ }).check();
    await page.getByRole('checkbox', { name: /Project-Specific Feedback/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page
      .locator('.status-list li[data-need="accountability"]')
      .getByRole('radio', { name: 'Partly' })
      .check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Where do you want to go next?').fill('Lead a forecasting team');
    await page.getByRole('button', { name: 'Skip for now' }).click();

    await card(page, 'project-feedback')
      .getByLabel('Your specific ask')
      .fill('Feedback on my flood model paper');
    const keywords = card(page, 'project-feedback').getByLabel('Keywords to look for');
    await keywords.fill('hydrology');
    await keywords.press('Enter');
    await page.getByLabel('Add a need of your own').fill('Writing in English');
    await page.getByRole('button', { name: 'Add need' }).click();
    await card(page, 'custom-writing-in-english').getByRole('radio', { name: 'Partly' }).check();
    await saved(page);

    await page.reload();
    await card(page, 'project-feedback').waitFor();
    expect(await card(page, 'accountability').getAttribute('data-status')).toBe('partly');
    expect(await card(page, 'project-feedback').getByLabel('Your specific ask').inputValue()).toBe(
      'Feedback on my flood model paper',
    );
    expect(await card(page, 'project-feedback').locator('.chip-text').allTextContents()).toEqual([
      'hydrology',
    ]);
    expect(await card(page, 'custom-writing-in-english').getAttribute('data-status')).toBe('partly');
    expect(await page.locator('.hidden-needs [data-need]').count()).toBe(7);
    expect(await page.getByLabel('What or where next').inputValue()).toBe('Lead a forecasting team');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('what was typed just before the tab closed is saved (flushed on pagehide)', async () => {
    const page = await openOptions();
    await card(page, 'accountability').getByLabel('Who meets it today').fill('My running club');
    await page.close({ runBeforeUnload: true });
    await expect
      .poll(async () => {
        const config = await harness.call<UserConfig>('getConfig');
        return config.needs.find((n) => n.id === 'accountability')?.metBy;
      })
      .toBe('My running club');
  });

  it('export then import through the page controls restores what was exported', async () => {
    const page = await openOptions();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-constellation="export"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^constellation-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile((await download.path()) as string, 'utf8');
    const backup = JSON.parse(text);
    expect(backup).toMatchObject({ format: 'constellation-backup', version: 1 });
    expect(backup.needs.find((n: { id: string }) => n.id === 'project-feedback').ask).toBe(
      'Feedback on my flood model paper',
    );
    // Exporting counts as a backup: the reminder goes away.
    await page.locator('[data-constellation="backup-reminder"]').waitFor({ state: 'detached' });

    await card(page, 'project-feedback').getByLabel('Your specific ask').fill('Changed after the export');
    await saved(page);
    await page.setInputFiles('input[type=file][data-constellation="import"]', {
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    // The backup would replace the ask typed since: the page says so and waits for the user.
    const preview = page.locator('[data-constellation="import-preview"]');
    await preview.waitFor();
    expect(await preview.locator('[data-effect="replaced"] li').allTextContents()).toEqual([
      'Project-Specific Feedback: what you need “Changed after the export” → “Feedback on my flood model paper”',
    ]);
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await card(page, 'project-feedback').getByLabel('Your specific ask').inputValue()).toBe(
      'Changed after the export',
    );
    await page.locator('[data-constellation="import-confirm"]').click();
    const result = page.locator('[data-constellation="import-result"]');
    await result.waitFor();
    expect(await result.getAttribute('data-ok')).toBe('true');
    await expect
      .poll(() => card(page, 'project-feedback').getByLabel('Your specific ask').inputValue())
      .toBe('Feedback on my flood model paper');
    await page.reload();
    await card(page, 'project-feedback').waitFor();
    expect(await card(page, 'project-feedback').getByLabel('Your specific ask').inputValue()).toBe(
      'Feedback on my flood model paper',
    );
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('a bad backup shows data-ok="false", names the field, and changes nothing', async () => {
    const before = await harness.call<UserConfig>('getConfig');
    const page = await openOptions();
    const bad = {
      format: 'constellation-backup',
      version: 1,
      self: { ...before.self, name: 'Should not land' },
      needs: [
        { id: 'safe-space', status: 'met', ask: 'x', keywords: [] },
        { id: 'accountability', status: 'often' },
      ],
      people: [],
      outreach: [],
    };
    await page.setInputFiles('input[type=file][data-constellation="import"]', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const result = page.locator('[data-constellation="import-result"]');
    await result.waitFor();
    expect(await result.getAttribute('data-ok')).toBe('false');
    expect(await result.textContent()).toContain('needs[1].status');
    const after = await harness.call<UserConfig>('getConfig');
    expect(after.needs).toEqual(before.needs);
    expect(after.self).toEqual(before.self);
    expect(page.errors).toEqual([]);
    await page.close();
  });
  it('records damaged in IndexedDB itself: the page opens, names them, exports the rest, resets only them', async () => {
    const page = await openOptions();
    // Behind the store's back, as an old build or a hand edit would: one unreadable person, and
    // the settings key that once locked the store for good.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('constellation');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['people', 'kv'], 'readwrite');
      tx.objectStore('people').put({ slug: 'broken-record', stage: 'nowhere', name: { toString: 1 } });
      const kv = tx.objectStore('kv');
      const get = kv.get('settings');
      get.onsuccess = () => kv.put({ ...get.result, constructor: 1, toString: 2 }, 'settings');
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await page.reload();
    const notice = page.locator('[data-constellation="store-problems"]');
    await notice.waitFor();
    expect(
      await notice.locator('li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.part)),
    ).toEqual(['people']);
    expect(await card(page, 'project-feedback').getByLabel('Your specific ask').inputValue()).toBe(
      'Feedback on my flood model paper',
    );

    const [asStored] = await Promise.all([
      page.waitForEvent('download'),
      notice.locator('li[data-part="people"] [data-action="download-part"]').click(),
    ]);
    const raw = JSON.parse(await readFile((await asStored.path()) as string, 'utf8'));
    expect(raw.parts.people.map((r: { key: string }) => r.key)).toContain('broken-record');

    const [backupFile] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-constellation="export"]').click(),
    ]);
    const backup = JSON.parse(await readFile((await backupFile.path()) as string, 'utf8'));
    expect(backup.needs.find((n: { id: string }) => n.id === 'project-feedback').ask).toBe(
      'Feedback on my flood model paper',
    );
    expect(backup.people.map((p: { slug: string }) => p.slug)).not.toContain('broken-record');

    await notice.locator('[data-action="reset-part"]').click();
    await notice.locator('[data-action="reset-confirm"]').click();
    await notice.locator('li').first().waitFor({ state: 'detached' });
    expect(await harness.call('damage')).toEqual([]);
    expect(
      (await harness.call<UserConfig>('getConfig')).needs.find((n) => n.id === 'project-feedback')?.ask,
    ).toBe('Feedback on my flood model paper');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
