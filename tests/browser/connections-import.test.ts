import { afterAll, beforeAll, expect, it } from 'vitest';
import { bigConnectionsCsv } from '../import/connections-fixtures';
import { TOVA_BACKUP } from './config';
import { type Harness, launch } from './harness';

// LinkedIn's own Connections.csv, 2,000 fictional rows, through the options page's import control
// into the real IndexedDB: the people arrive as "already in your network", matched against unmet
// needs in the popup, and importing the same file again adds nobody twice.

let h: Harness;
beforeAll(async () => {
  h = await launch();
  const seeded = await h.call<{ ok: boolean; message: string }>(
    'importFile',
    'seed.json',
    JSON.stringify(TOVA_BACKUP),
  );
  if (!seeded.ok) throw new Error(seeded.message);
});
afterAll(() => h?.close());

const csv = Buffer.from(`\uFEFF${bigConnectionsCsv(2000)}`);

async function importThroughOptions(): Promise<string> {
  const options = await h.openExtensionPage('options.html');
  await options.locator('input[type=file][data-constellation="import"]').setInputFiles({
    name: 'Connections.csv',
    mimeType: 'text/csv',
    buffer: csv,
  });
  const result = options.locator('[data-constellation="import-result"]');
  await result.waitFor();
  expect(await result.getAttribute('data-ok')).toBe('true');
  expect(options.errors).toEqual([]);
  const text = (await result.textContent()) ?? '';
  await options.close();
  return text;
}

it('imports 2,000 connections once, and again without duplicates', async () => {
  expect(await importThroughOptions()).toMatch(/2,?000/);
  const first = await h.call<{ total: number }>('listNetwork', 5);
  expect(first.total).toBe(2000);

  await importThroughOptions();
  const again = await h.call<{ total: number }>('listNetwork', 5);
  expect(again.total).toBe(2000);
  // Connections are suggestions, not pipeline entries: the pipeline stays as the user left it.
  expect(await h.call<unknown[]>('listPeople')).toEqual([]);
});

it('shows matching connections as "already in your network" in the popup', async () => {
  const popup = await h.openExtensionPage('popup.html');
  const suggestions = popup.locator('[data-constellation="network-suggestions"]');
  await suggestions.waitFor();
  // The fixture's directors and research leads could meet some of Tova's unmet needs.
  await expect.poll(() => suggestions.locator('li').count()).toBeGreaterThan(0);
  expect(popup.errors).toEqual([]);
});
