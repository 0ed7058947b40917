import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserConfig } from '../../../lib/domain';
import { TOVA_BACKUP } from '../config';
import {
  type FirefoxHarness,
  HAS_FIREFOX,
  launchFirefox,
  reloadExtensionPage,
  type Tab,
  until,
} from './harness';
import { isOurs } from './network';

// The options page in real Firefox, through its own controls (PRODUCT.md hooks): the first run
// the add-on opens on install takes a backup back (and refuses a bad one, changing nothing), the
// export saves a file through Firefox's own download, and that file restores what it held.
// One Firefox for the file.

const IMPORT = 'input[type=file][data-constellation="import"]';
const RESULT = '[data-constellation="import-result"]';
const PREVIEW = '[data-constellation="import-preview"]';
const ASK = 'Feedback on my paper on flood forecasting models';

let h: FirefoxHarness;
let page: Tab;
beforeAll(async () => {
  if (!HAS_FIREFOX) return;
  h = await launchFirefox();
  page = h.options;
});
afterAll(() => h?.close());

/**
 * Picks `text` as the file `name` in the import input, as a person's file dialog would. An import
 * that would replace what the user filled in shows its preview first: `confirm` presses "Replace".
 */
async function pick(name: string, text: string, confirm = false): Promise<string> {
  const file = join(h.downloads, `picked-${name}`);
  await writeFile(file, text);
  const input = (await page.waitForSelector(IMPORT)) as ElementHandle<HTMLInputElement>;
  // A new import takes the last result off the page first: wait for that, not the old answer.
  const previous = await page.$(RESULT);
  await input.uploadFile(file);
  if (previous)
    await until(
      () => previous.evaluate((el) => el.isConnected),
      (on) => !on,
      'the last result gone',
    );
  const shown = await page.waitForSelector(`${RESULT}, ${PREVIEW}`);
  if (await shown?.evaluate((el) => el.matches('[data-constellation="import-preview"]'))) {
    if (!confirm) return 'preview';
    await (await page.waitForSelector('[data-constellation="import-confirm"]'))?.click();
  }
  const result = await page.waitForSelector(RESULT);
  return (await result?.evaluate((el) => el.getAttribute('data-ok'))) ?? '';
}

/** The field labelled `label` in the need card `need`. */
async function field(need: string, label: string): Promise<ElementHandle<HTMLInputElement>> {
  const card = await page.waitForSelector(`.need-card[data-need="${need}"]`);
  const handle = await card?.evaluateHandle((el, text) => {
    const found = [...el.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
    return found?.control ?? null;
  }, label);
  const input = handle?.asElement();
  if (!input) throw new Error(`no field "${label}" in ${need}`);
  return input as ElementHandle<HTMLInputElement>;
}

const ask = async () => (await field('project-feedback', 'Your specific ask')).evaluate((el) => el.value);

describe.skipIf(!HAS_FIREFOX)('the options page in real Firefox', () => {
  it('opens at the first run on install; a bad backup is refused, names the field, changes nothing', async () => {
    await page.waitForSelector('[data-constellation="first-run"]');
    const before = await h.call<UserConfig>('getConfig');
    const bad = {
      ...TOVA_BACKUP,
      self: { ...TOVA_BACKUP.self, name: 'Should not land' },
      needs: [{ id: 'accountability', status: 'often' }],
    };
    expect(await pick('broken.json', JSON.stringify(bad))).toBe('false');
    expect(await page.$eval(RESULT, (el) => el.textContent)).toContain('needs[0].status');
    const after = await h.call<UserConfig>('getConfig');
    expect(after.self).toEqual(before.self);
    expect(after.needs).toEqual(before.needs);
  });

  it('takes a backup back at the first run, then shows the needs map with it', async () => {
    expect(await pick('backup.json', JSON.stringify(TOVA_BACKUP))).toBe('true');
    const open = await page.waitForSelector('::-p-text(Open your needs map)');
    await open?.click();
    expect(await ask()).toBe(ASK);
    expect((await h.call<UserConfig>('getConfig')).self.name).toBe('Tova Lind');
  });

  it('exports through Firefox’s download, and that file restores what it held', async () => {
    await (await page.waitForSelector('[data-constellation="export"]'))?.click();
    const [name] = await until(
      async () => (await readdir(h.downloads)).filter((f) => f.startsWith('constellation-backup-')),
      (files) => files.length === 1,
      'the downloaded backup',
    );
    expect(name).toMatch(/^constellation-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await until(
      () => readFile(join(h.downloads, name as string), 'utf8'),
      (body) => body.endsWith('\n'),
      'the whole file',
    );
    const backup = JSON.parse(text);
    expect(backup).toMatchObject({ format: 'constellation-backup', version: 1, self: { name: 'Tova Lind' } });
    expect(backup.needs.find((n: { id: string }) => n.id === 'project-feedback').ask).toBe(ASK);

    const input = await field('project-feedback', 'Your specific ask');
    await input.evaluate((el) => el.select());
    await input.type('Changed');
    await page.waitForSelector('[data-save-state="saved"]');
    expect(await ask()).toBe('Changed');
    // The file would replace the ask typed since: the page asks first, and "Replace" restores it.
    expect(await pick(name as string, text, true)).toBe('true');
    await until(ask, (value) => value === ASK, 'the restored ask');
    await reloadExtensionPage(page);
    expect(await ask()).toBe(ASK);
    if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/firefox-options.png` });
  });

  it('logged no error and sent nothing over the network', async () => {
    expect(page.errors).toEqual([]);
    const linkedIn = await h.open('/feed/');
    await h.canaries(linkedIn);
    await linkedIn.close();
    expect(h.network.seen.filter(isOurs)).toEqual([]);
  });
});
