import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Stage } from '../../lib/domain';
import { closedRoots } from './closed-root';
import { BASHIR, ORIANE, TOVA_ON_PAGE } from './config';
import { type Harness, launch } from './harness';

// The whole loop a user runs (issue 6, "done when"), through the real UI of the built extension:
// tag on LinkedIn, save from the panel, draft in the popup, mark sent, get reminded, move through
// replied, meeting and ongoing, see the needs map fill; then export, a fresh install, import, and
// everything is still there.

const DAY = 24 * 60 * 60 * 1000;
const harnesses: Harness[] = [];
afterAll(() => Promise.all(harnesses.map((h) => h.close())));

async function start(): Promise<Harness> {
  const h = await launch();
  harnesses.push(h);
  return h;
}

const row = (page: Page, stage: Stage, slug: string) =>
  page.locator(`[data-stage="${stage}"] [data-person="${slug}"]`);

describe('the whole loop, from a LinkedIn profile to an ongoing relationship', () => {
  let backupText = '';
  let need = '';

  it('tags, saves, drafts, sends, reminds, advances and fills the needs map', async () => {
    const h = await start();
    // Tova's needs, plus Bashir: asked nine days ago, no reply yet, so a follow-up is due.
    const sentAt = new Date(Date.now() - 9 * DAY).toISOString();
    const seeded = await h.call<{ ok: boolean; message: string }>(
      'importFile',
      'seed.json',
      JSON.stringify({
        ...TOVA_ON_PAGE,
        people: [
          {
            slug: BASHIR.slug,
            name: BASHIR.name,
            headline: 'Founder, Data Circle Nordics',
            company: 'Data Circle Nordics',
            degree: 2,
            stage: 'sent',
            needs: ['community'],
            source: 'page',
            createdAt: sentAt,
            updatedAt: sentAt,
          },
        ],
        outreach: [
          {
            id: 'seed-1',
            slug: BASHIR.slug,
            stage: 'sent',
            at: sentAt,
            channel: 'message',
            needs: ['community'],
          },
        ],
      }),
    );
    expect(seeded.ok, seeded.message).toBe(true);

    // Tag and save on the profile.
    const profile = await h.open(`/in/${ORIANE.slug}/`);
    const panel = closedRoots(profile);
    const PANEL = '[data-constellation="profile-panel"]';
    await panel.waitFor(PANEL, '[data-need]');
    need = (await panel.attrs(PANEL, '[data-need]', 'data-need'))[0] ?? '';
    expect(need).not.toBe('');
    await panel.click(PANEL, '[data-action="save"]');
    await expect
      .poll(() => h.call<{ slug: string }[]>('listPeople').then((p) => p.map((x) => x.slug)))
      .toContain(ORIANE.slug);
    expect(profile.errors).toEqual([]);

    // Reminded: the toolbar badge counts the follow-up due for Bashir, and the popup lists it.
    await expect
      .poll(() =>
        h.worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({})),
      )
      .toBe('1');
    const popup = await h.openExtensionPage('popup.html');
    await popup.locator(`[data-constellation="follow-ups"] [data-slug="${BASHIR.slug}"]`).waitFor();
    await row(popup, 'identified', ORIANE.slug).waitFor();

    // Draft for Oriane and mark it sent (the user sends it on LinkedIn themselves).
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html#draft?slug=${ORIANE.slug}&need=${need}`);
    const draft = popup.getByLabel('Your request');
    await expect.poll(() => draft.inputValue()).toContain('Oriane');
    await popup.locator('[data-action="mark-sent"]').click();

    // Replied, meeting, ongoing: one click each in the pipeline.
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    for (const [from, to] of [
      ['sent', 'replied'],
      ['replied', 'meeting'],
      ['meeting', 'ongoing'],
    ] as const) {
      await row(popup, from, ORIANE.slug).locator('[data-action="advance"]').click();
      await row(popup, to, ORIANE.slug).waitFor();
    }
    const history = await h.call<{ stage: Stage }[]>('listEvents', ORIANE.slug);
    expect(history.map((e) => e.stage)).toEqual(['identified', 'sent', 'replied', 'meeting', 'ongoing']);

    // The needs map now has Oriane covering the need she was asked about.
    await popup.getByRole('tab', { name: /needs/i }).click();
    await expect(popup.locator(`li[data-need="${need}"]`).getAttribute('data-state')).resolves.toBe(
      'covered',
    );
    expect(popup.errors).toEqual([]);

    // Export from the options page: the user's copy.
    const options = await h.openExtensionPage('options.html');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.locator('[data-constellation="export"]').click(),
    ]);
    backupText = await readFile((await download.path()) as string, 'utf8');
  });

  it('survives export, a fresh install and import', async () => {
    expect(backupText).not.toBe('');
    const h = await start();
    const options = await h.openExtensionPage('options.html');
    await options.locator('input[type=file][data-constellation="import"]').setInputFiles({
      name: 'constellation-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backupText),
    });
    await options.locator('[data-constellation="import-result"][data-ok="true"]').waitFor();
    await options.getByRole('button', { name: 'Open your needs map' }).click();
    await options.getByRole('heading', { name: 'Your needs map' }).waitFor();

    const popup = await h.openExtensionPage('popup.html');
    await row(popup, 'ongoing', ORIANE.slug).waitFor();
    await row(popup, 'sent', BASHIR.slug).waitFor();
    const history = await h.call<{ stage: Stage }[]>('listEvents', ORIANE.slug);
    expect(history.map((e) => e.stage)).toEqual(['identified', 'sent', 'replied', 'meeting', 'ongoing']);
    await popup.getByRole('tab', { name: /needs/i }).click();
    await expect(popup.locator(`li[data-need="${need}"]`).getAttribute('data-state')).resolves.toBe(
      'covered',
    );
    expect([...options.errors, ...popup.errors]).toEqual([]);
  });
});

interface ChromeGlobal {
  chrome: { action: { getBadgeText(details: object): Promise<string> } };
}
