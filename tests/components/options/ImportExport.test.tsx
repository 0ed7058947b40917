// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupReminder } from '../../../components/options/BackupReminder';
import { ImportExport } from '../../../components/options/ImportExport';
import { backupFileName } from '../../../components/shared/download';
import { EMPTY_SELF } from '../../../lib/domain';
import type { ImportResult } from '../../../lib/import/types';
import { renderWithApi, settle } from './render';
import { TestApi } from './store-api';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function setup(api?: TestApi) {
  const onImported = vi.fn();
  const onExported = vi.fn();
  const view = await renderWithApi(
    <ImportExport lastExportAt={null} onExported={onExported} onImported={onImported} />,
    api,
  );
  return { ...view, onImported, onExported };
}

async function pick(name: string, text: string) {
  const input = document.querySelector('input[type=file][data-constellation="import"]') as HTMLInputElement;
  const file = new File([text], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  await settle();
  await settle();
}

const result = () => document.querySelector('[data-constellation="import-result"]') as HTMLElement | null;

describe('import', () => {
  it('accepts .json and .csv', async () => {
    await setup();
    const input = document.querySelector('input[data-constellation="import"]') as HTMLInputElement;
    expect(input.accept).toContain('.json');
    expect(input.accept).toContain('.csv');
  });

  it('a good backup shows data-ok="true" and tells the page to reload', async () => {
    const { api, onImported } = await setup();
    const backup = await api.store.exportBackup();
    await pick('constellation-backup-2026-01-01.json', JSON.stringify(backup));
    expect(result()?.dataset.ok).toBe('true');
    expect(result()?.textContent).toMatch(/9 needs/);
    expect(onImported).toHaveBeenCalledOnce();
  });

  it('a bad backup shows data-ok="false", the message and each problem as a list item', async () => {
    const { api, onImported } = await setup();
    const before = await api.config();
    const backup = {
      ...(await api.store.exportBackup()),
      needs: [
        { id: 'safe-space', status: 'met', ask: 'would change', keywords: [] },
        { id: 'accountability', status: 'sometimes' },
      ],
    };
    await pick('bad.json', JSON.stringify(backup));
    expect((await api.config()).needs).toEqual(before.needs);
    expect(result()?.dataset.ok).toBe('false');
    const items = [...(result()?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(items.some((line) => line?.startsWith('needs[1].status'))).toBe(true);
    expect(onImported).not.toHaveBeenCalled();
  });

  it.each([
    ['not JSON at all', 'x.json', '{{{', /not valid JSON/],
    ['an empty file', 'empty.json', '', /neither a Constellation backup/],
  ])('%s is refused with a message', async (_label, name, text, message) => {
    await setup();
    await pick(name, text);
    expect(result()?.dataset.ok).toBe('false');
    expect(result()?.textContent).toMatch(message);
  });

  it('the bar shows how far the background has written, then goes away', async () => {
    const api = await TestApi.create();
    let finish: (r: ImportResult) => void = () => {};
    api.answers.importFile = new Promise<ImportResult>((resolve) => {
      finish = resolve;
    });
    const listeners = new Set<(done: number, total: number) => void>();
    const progress = (listener: (done: number, total: number) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    await renderWithApi(
      <ImportExport lastExportAt={null} onExported={vi.fn()} onImported={vi.fn()} progress={progress} />,
      api,
    );
    await pick('Connections.csv', 'First Name,Last Name,URL\n');
    const bar = () =>
      document.querySelector('progress[aria-label="Importing"]') as HTMLProgressElement | null;
    // Before the first report the bar only says it is working.
    expect(bar()?.hasAttribute('value')).toBe(false);
    expect(listeners.size).toBe(1);
    for (const [done, total] of [
      [1000, 30000],
      [15000, 30000],
      [30000, 30000],
    ]) {
      for (const l of listeners) l(done!, total!);
      await settle();
      expect([bar()?.getAttribute('value'), bar()?.getAttribute('max')]).toEqual([
        String(done),
        String(total),
      ]);
      expect(screen.getByRole('status').textContent).toContain(`${done!.toLocaleString('en')} of 30,000`);
    }
    finish({ ok: true, kind: 'connections', message: 'Connections imported: 30000 new.', problems: [] });
    await settle();
    expect(bar()).toBeNull();
    expect(listeners.size).toBe(0);
  });

  it('an Api failure becomes a message, not a blank page', async () => {
    const api = await TestApi.create();
    api.failing.importFile = 'The background did not answer';
    await setup(api);
    await pick('a.json', '{}');
    expect(result()?.dataset.ok).toBe('false');
    expect(result()?.textContent).toContain('The background did not answer');
  });

  it('problems with markup in them render as text', async () => {
    const api = await TestApi.create();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    api.nextImport = {
      ok: false,
      kind: 'backup',
      message: hostile,
      problems: [`people[0].name: ${hostile}`],
    };
    await setup(api);
    await pick('a.json', '{}');
    expect(result()?.querySelector('img')).toBeNull();
    expect(result()?.querySelector('.import-message')?.textContent).toBe(hostile);
    expect(result()?.querySelector('li')?.textContent).toBe(`people[0].name: ${hostile}`);
  });

  it('bad CSV rows: offers to import the good ones, and does so only when asked', async () => {
    const csv = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Ines,Varga,https://www.linkedin.com/in/ines-varga-test,,Northwind Labs,Director of Research,02 Mar 2026',
      'Tomas,Reyes,not a profile link,,Contoso,Engineer,01 Feb 2026',
      'Mara,Holt,https://www.linkedin.com/in/mara-holt-test,,Fabrikam,Head of Data,05 Jan 2026',
    ].join('\n');
    const { api, onImported } = await setup();
    await pick('Connections.csv', csv);
    expect(result()?.dataset.ok).toBe('false');
    expect(result()?.querySelectorAll('li')).toHaveLength(1);
    expect((await api.store.listNetwork()).total).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Import the 2 good rows' }));
    await settle();
    const calls = api.callsOf('importFile');
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual(['Connections.csv', csv, { skipBadRows: true }]);
    expect(result()?.dataset.ok).toBe('true');
    expect(onImported).toHaveBeenCalledOnce();
    expect((await api.store.listNetwork()).total).toBe(2);
  });

  it('no "good rows" offer when the store does not say how many', async () => {
    const api = await TestApi.create();
    api.nextImport = { ok: false, kind: 'connections', message: 'Missing column URL.', problems: [] };
    await setup(api);
    await pick('Connections.csv', 'x');
    expect(screen.queryByRole('button', { name: /good rows/ })).toBeNull();
  });
});

describe('an import that would replace what the user filled in', () => {
  const filled = () =>
    TestApi.create({ self: { ...EMPTY_SELF, name: 'Robin Fictional', goal: 'Lead a forecasting team' } });
  const minimal = JSON.stringify({
    format: 'constellation-backup',
    version: 1,
    self: { ...EMPTY_SELF, goal: 'Open a bakery', success: 'Two shops' },
    needs: [{ id: 'project-feedback', status: 'unmet', ask: 'A read of my business plan', keywords: [] }],
    people: [],
    outreach: [],
  });
  const preview = () => document.querySelector('[data-constellation="import-preview"]') as HTMLElement | null;
  const confirm = () => document.querySelector('[data-constellation="import-confirm"]') as HTMLElement | null;

  it('shows what is replaced, added and kept, writes nothing, and moves focus to it', async () => {
    const { api, onImported } = await setup(await filled());
    await pick('minimal.json', minimal);
    expect(result()).toBeNull();
    const lines = (effect: string) =>
      [...(preview()?.querySelectorAll(`[data-effect="${effect}"] li`) ?? [])].map((li) => li.textContent);
    expect(lines('replaced')).toEqual(
      expect.arrayContaining([
        'Goal “Lead a forecasting team” → “Open a bakery”',
        'Your name “Robin Fictional” → empty',
      ]),
    );
    expect(lines('added')).toEqual(
      expect.arrayContaining([
        'What success looks like “Two shops”',
        'Project-Specific Feedback: what you need “A read of my business plan”',
      ]),
    );
    expect(document.activeElement?.id).toBe('import-preview-title');
    expect((await api.config()).self.goal).toBe('Lead a forecasting team');
    expect(onImported).not.toHaveBeenCalled();
  });

  it('"Replace" (import-confirm) applies the backup as it is', async () => {
    const { api, onImported } = await setup(await filled());
    await pick('minimal.json', minimal);
    fireEvent.click(confirm() as HTMLElement);
    await settle();
    expect(api.callsOf('importFile')[1]?.[2]).toEqual({ conflicts: 'replace' });
    expect(result()?.dataset.ok).toBe('true');
    expect(preview()).toBeNull();
    expect((await api.config()).self).toMatchObject({ goal: 'Open a bakery', name: '' });
    expect(onImported).toHaveBeenCalledOnce();
  });

  it('"Keep mine where it differs" keeps the goal and the name and adds the rest', async () => {
    const { api } = await setup(await filled());
    await pick('minimal.json', minimal);
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine where it differs' }));
    await settle();
    expect(result()?.dataset.ok).toBe('true');
    expect((await api.config()).self).toMatchObject({
      goal: 'Lead a forecasting team',
      name: 'Robin Fictional',
      success: 'Two shops',
    });
    expect((await api.need('project-feedback'))?.ask).toBe('A read of my business plan');
  });

  it('"Cancel" leaves everything as it was and says so', async () => {
    const { api } = await setup(await filled());
    const before = await api.config();
    await pick('minimal.json', minimal);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await settle();
    expect(preview()).toBeNull();
    expect(result()).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/Nothing was imported/);
    expect(await api.config()).toEqual(before);
    expect(api.callsOf('importFile')).toHaveLength(1);
  });

  it('values from the file render as text', async () => {
    const { api } = await setup(await filled());
    const hostile = JSON.parse(minimal);
    hostile.self.goal = '<img src=x onerror="window.__pwned=1">';
    await pick('hostile.json', JSON.stringify(hostile));
    expect(preview()?.querySelector('img')).toBeNull();
    expect(preview()?.textContent).toContain('<img src=x');
    expect((await api.config()).self.goal).toBe('Lead a forecasting team');
  });
});

describe('export', () => {
  it('downloads constellation-backup-YYYY-MM-DD.json holding the backup, then records lastExportAt', async () => {
    vi.setSystemTime(new Date(2026, 10, 23, 9, 30));
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    const { api, onExported } = await setup();
    fireEvent.click(document.querySelector('[data-constellation="export"]') as HTMLElement);
    await settle();
    expect(clicked).toEqual([{ download: 'constellation-backup-2026-11-23.json', href: 'blob:test' }]);
    const parsed = JSON.parse(await (blobs[0] as Blob).text());
    expect(parsed).toMatchObject({ format: 'constellation-backup', version: 1 });
    expect(parsed.needs).toHaveLength(9);
    expect((await api.config()).settings.lastExportAt).toBe(new Date(2026, 10, 23, 9, 30).toISOString());
    expect(onExported).toHaveBeenCalledWith(expect.objectContaining({ lastExportAt: expect.any(String) }));
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('an export failure is shown', async () => {
    const api = await TestApi.create();
    api.failing.exportBackup = 'Store unavailable';
    await setup(api);
    fireEvent.click(document.querySelector('[data-constellation="export"]') as HTMLElement);
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('Store unavailable');
  });

  it.each([
    [new Date(2026, 0, 5), 'constellation-backup-2026-01-05.json'],
    [new Date(1999, 11, 31, 23, 59), 'constellation-backup-1999-12-31.json'],
  ])('backupFileName(%s)', (date, name) => {
    expect(backupFileName(date)).toBe(name);
  });
});

describe('backup reminder (the rule of the store: 30 days and a change)', () => {
  // The store's clock is real here: dates are relative to now.
  const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
  it.each([
    ['never exported, settings changed', null, true],
    ['exported 31 days ago, changed since', daysAgo(31), true],
    ['exported 29 days ago', daysAgo(29), false],
  ])('%s → remind %s', async (_what, at, remind) => {
    await renderWithApi(
      <BackupReminder lastExportAt={at} />,
      await TestApi.create({ settings: { lastExportAt: at } }),
    );
    await settle();
    expect(document.querySelector('[data-constellation="backup-reminder"]') !== null).toBe(remind);
    cleanup();
  });

  it('an old backup with nothing changed since does not nag', async () => {
    const today = new Date();
    vi.setSystemTime(new Date(today.getTime() - 41 * 86_400_000));
    const api = await TestApi.create(); // the last change: 41 days ago
    vi.setSystemTime(today);
    const old = daysAgo(40);
    await api.store.saveSettings({ lastExportAt: old }); // stamping an export is no change
    await renderWithApi(<BackupReminder lastExportAt={old} />, api);
    await settle();
    expect(document.querySelector('[data-constellation="backup-reminder"]')).toBeNull();
  });
});
