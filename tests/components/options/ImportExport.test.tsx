// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupReminder, needsBackup } from '../../../components/options/BackupReminder';
import { ImportExport } from '../../../components/options/ImportExport';
import { backupFileName } from '../../../components/shared/download';
import type { ImportResult } from '../../../lib/api';
import { MemoryApi } from './memory-api';
import { renderWithApi, settle } from './render';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function setup(api = new MemoryApi()) {
  const onImported = vi.fn();
  const onExported = vi.fn();
  const view = renderWithApi(
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
  it('accepts .json and .csv', () => {
    setup();
    const input = document.querySelector('input[data-constellation="import"]') as HTMLInputElement;
    expect(input.accept).toContain('.json');
    expect(input.accept).toContain('.csv');
  });

  it('a good backup shows data-ok="true" and tells the page to reload', async () => {
    const { api, onImported } = setup();
    const backup = await api.exportBackup();
    await pick('constellation-backup-2026-01-01.json', JSON.stringify(backup));
    expect(result()?.dataset.ok).toBe('true');
    expect(result()?.textContent).toContain('Imported 9 needs');
    expect(onImported).toHaveBeenCalledOnce();
  });

  it('a bad backup shows data-ok="false", the message and each problem as a list item', async () => {
    const { api, onImported } = setup();
    const backup = { ...(await api.exportBackup()), needs: [{ id: 'accountability', status: 'sometimes' }] };
    await pick('bad.json', JSON.stringify(backup));
    expect(result()?.dataset.ok).toBe('false');
    const items = [...(result()?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(items.some((line) => line?.startsWith('needs[0].status'))).toBe(true);
    expect(onImported).not.toHaveBeenCalled();
  });

  it.each([
    ['not JSON at all', 'x.json', '{{{', /not JSON/],
    ['an empty file', 'empty.json', '', /not JSON/],
  ])('%s is refused with a message', async (_label, name, text, message) => {
    setup();
    await pick(name, text);
    expect(result()?.dataset.ok).toBe('false');
    expect(result()?.textContent).toMatch(message);
  });

  it('an Api failure becomes a message, not a blank page', async () => {
    const api = new MemoryApi();
    api.failing.importFile = 'The background did not answer';
    setup(api);
    await pick('a.json', '{}');
    expect(result()?.dataset.ok).toBe('false');
    expect(result()?.textContent).toContain('The background did not answer');
  });

  it('problems with markup in them render as text', async () => {
    const api = new MemoryApi();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    api.nextImport = {
      ok: false,
      kind: 'backup',
      message: hostile,
      problems: [`people[0].name: ${hostile}`],
    };
    setup(api);
    await pick('a.json', '{}');
    expect(result()?.querySelector('img')).toBeNull();
    expect(result()?.querySelector('.import-message')?.textContent).toBe(hostile);
    expect(result()?.querySelector('li')?.textContent).toBe(`people[0].name: ${hostile}`);
  });

  it('bad CSV rows: offers to import the good ones, and does so only when asked', async () => {
    const api = new MemoryApi();
    const refused: ImportResult = {
      ok: false,
      kind: 'connections',
      message: '2 rows have problems; nothing imported.',
      problems: ['row 4: no URL', 'row 9: no URL'],
      goodRows: 118,
    };
    api.nextImport = refused;
    const { onImported } = setup(api);
    await pick('Connections.csv', 'First Name,Last Name,URL\n');
    expect(api.callsOf('importFile')).toHaveLength(1);
    const button = screen.getByRole('button', { name: 'Import the 118 good rows' });
    api.nextImport = { ok: true, kind: 'connections', message: 'Imported 118 connections.', problems: [] };
    fireEvent.click(button);
    await settle();
    const calls = api.callsOf('importFile');
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual(['Connections.csv', 'First Name,Last Name,URL\n', { skipBadRows: true }]);
    expect(result()?.dataset.ok).toBe('true');
    expect(onImported).toHaveBeenCalledOnce();
  });

  it('no "good rows" offer when the store does not say how many', async () => {
    const api = new MemoryApi();
    api.nextImport = { ok: false, kind: 'connections', message: 'Missing column URL.', problems: [] };
    setup(api);
    await pick('Connections.csv', 'x');
    expect(screen.queryByRole('button', { name: /good rows/ })).toBeNull();
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
    const { api, onExported } = setup();
    fireEvent.click(document.querySelector('[data-constellation="export"]') as HTMLElement);
    await settle();
    expect(clicked).toEqual([{ download: 'constellation-backup-2026-11-23.json', href: 'blob:test' }]);
    const parsed = JSON.parse(await (blobs[0] as Blob).text());
    expect(parsed).toMatchObject({ format: 'constellation-backup', version: 1 });
    expect(parsed.needs).toHaveLength(9);
    expect(api.config.settings.lastExportAt).toBe(new Date(2026, 10, 23, 9, 30).toISOString());
    expect(onExported).toHaveBeenCalledWith(expect.objectContaining({ lastExportAt: expect.any(String) }));
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('an export failure is shown', async () => {
    const api = new MemoryApi();
    api.failing.exportBackup = 'Store unavailable';
    setup(api);
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

describe('backup reminder', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it.each([
    [null, true],
    ['not a date', true],
    ['2026-10-23T11:00:00Z', true],
    ['2026-10-25T12:00:00Z', false],
    ['2026-11-23T11:00:00Z', false],
  ])('lastExportAt %s → remind %s', (at, remind) => {
    expect(needsBackup(at, now)).toBe(remind);
    renderWithApi(<BackupReminder lastExportAt={at} now={now} />);
    expect(document.querySelector('[data-constellation="backup-reminder"]') !== null).toBe(remind);
    cleanup();
  });
});
