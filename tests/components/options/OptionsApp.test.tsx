// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { DEFAULT_SETTINGS } from '../../../lib/domain';
import { openDb } from '../../../lib/store/db';
import { TestApi } from './store-api';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const loaded = () => waitFor(() => expect(document.querySelector('[aria-busy]')).toBeNull());

describe('OptionsApp', () => {
  it('a user who has not onboarded sees the first-run flow', async () => {
    const api = await TestApi.create({ settings: { ...DEFAULT_SETTINGS, onboarded: false } });
    render(<OptionsApp api={api.asApi()} />);
    await loaded();
    expect(document.querySelector('[data-constellation="first-run"]')).not.toBeNull();
  });

  it('a fresh install can restore a backup from the first run, and then skips it', async () => {
    const api = await TestApi.create({ settings: { ...DEFAULT_SETTINGS, onboarded: false } });
    const backup = await api.store.exportBackup();
    backup.needs = backup.needs.map((n) => (n.id === 'networks' ? { ...n, ask: 'Restored ask' } : n));
    render(<OptionsApp api={api.asApi()} />);
    await loaded();
    // Restoring is an import only: there is nothing worth exporting yet.
    expect(document.querySelector('[data-constellation="export"]')).toBeNull();
    const input = document.querySelector('input[data-constellation="import"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(backup)], 'b.json')] });
    fireEvent.change(input);
    await waitFor(() =>
      expect(document.querySelector('[data-constellation="import-result"]')?.getAttribute('data-ok')).toBe(
        'true',
      ),
    );
    const open = await screen.findByRole('button', { name: 'Open your needs map' });
    await act(async () => open.click());
    await waitFor(() => expect(document.querySelectorAll('.need-card')).toHaveLength(9));
    expect(document.querySelector('[data-constellation="first-run"]')).toBeNull();
    expect((await api.store.getConfig()).needs.find((n) => n.id === 'networks')?.ask).toBe('Restored ask');
  });

  it('restoring at the first run: the background’s change notice does not take the result away', async () => {
    const api = await TestApi.create({ settings: { ...DEFAULT_SETTINGS, onboarded: false } });
    const backup = await api.store.exportBackup();
    // As the background does after every write of the user's records (configChanged).
    const listeners = new Set<() => void>();
    const changes = (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    render(<OptionsApp api={api.asApi()} changes={changes} />);
    await loaded();
    const input = document.querySelector('input[data-constellation="import"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(backup)], 'b.json')] });
    fireEvent.change(input);
    await screen.findByRole('button', { name: 'Open your needs map' });
    expect((await api.store.getConfig()).settings.onboarded).toBe(true);
    await act(async () => {
      for (const listener of listeners) listener();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(document.querySelector('[data-constellation="import-result"]')?.getAttribute('data-ok')).toBe(
      'true',
    );
    expect(screen.getByRole('button', { name: 'Open your needs map' })).toBeTruthy();
  });

  it('an onboarded user sees the needs map, profile, settings and backup, with the reminder', async () => {
    const api = await TestApi.create();
    render(<OptionsApp api={api.asApi()} />);
    await loaded();
    for (const name of ['What you need, and from whom', 'About you', 'Settings', 'Backup']) {
      expect(screen.getByRole('heading', { name })).toBeTruthy();
    }
    expect(document.querySelectorAll('.need-card')).toHaveLength(9);
    expect(document.querySelector('[data-constellation="export"]')).not.toBeNull();
    await waitFor(() =>
      expect(document.querySelector('[data-constellation="backup-reminder"]')).not.toBeNull(),
    );
  });

  it('when the store cannot be read, says so and offers to try again (never a blank page)', async () => {
    const api = await TestApi.create();
    api.failing.getConfig = 'Constellation’s background did not answer. Reload the extension.';
    render(<OptionsApp api={api.asApi()} />);
    await loaded();
    const error = document.querySelector('[data-constellation="load-error"]') as HTMLElement;
    expect(error.textContent).toContain('did not answer');
    api.failing.getConfig = undefined;
    await act(async () => screen.getByRole('button', { name: 'Try again' }).click());
    await waitFor(() => expect(document.querySelectorAll('.need-card')).toHaveLength(9));
  });

  it('after an import the sections show the imported data and the result stays on screen', async () => {
    const api = await TestApi.create();
    const backup = await api.store.exportBackup();
    backup.needs = backup.needs.map((n) =>
      n.id === 'networks' ? { ...n, ask: 'Imported ask', status: 'met' } : n,
    );
    render(<OptionsApp api={api.asApi()} />);
    await loaded();
    const input = document.querySelector('input[data-constellation="import"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(backup)], 'b.json')] });
    fireEvent.change(input);
    await waitFor(() =>
      expect(document.querySelector('.need-card[data-need="networks"]')?.getAttribute('data-status')).toBe(
        'met',
      ),
    );
    const ask = document.querySelector('.need-card[data-need="networks"] textarea') as HTMLTextAreaElement;
    expect(ask.value).toBe('Imported ask');
    expect(document.querySelector('[data-constellation="import-result"]')?.getAttribute('data-ok')).toBe(
      'true',
    );
  });

  it('a damaged record kind is named, can be downloaded as stored, and reset alone', async () => {
    const api = await TestApi.create();
    await api.store.savePerson({ slug: 'kept-person', name: 'Kept Person', headline: 'Lead' } as never, []);
    await api.store.close();
    const db = await openDb(api.factory);
    await db.put('people', { slug: 'broken', stage: '<b>nowhere</b>' } as never);
    await db.put('outreach', { id: 'e-bad', at: 'yesterday' } as never);
    db.close();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<OptionsApp api={api.asApi()} />);
    await loaded();
    const notice = await waitFor(() => {
      const el = document.querySelector('[data-constellation="store-problems"]');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    expect(notice.textContent).toContain('2 saved records could not be read');
    expect(notice.querySelector('b')).toBeNull();
    expect([...notice.querySelectorAll('li')].map((li) => li.dataset.part)).toEqual(['people', 'outreach']);
    expect(document.querySelectorAll('.need-card')).toHaveLength(9);

    const people = notice.querySelector('li[data-part="people"]') as HTMLElement;
    await act(async () => (people.querySelector('[data-action="download-part"]') as HTMLElement).click());
    await waitFor(() => expect(blobs).toHaveLength(1));
    const raw = JSON.parse(await (blobs[0] as Blob).text());
    expect(raw.parts.people.map((r: { key: string }) => r.key).sort()).toEqual(['broken', 'kept-person']);

    await act(async () => (people.querySelector('[data-action="reset-part"]') as HTMLElement).click());
    await act(async () => (people.querySelector('[data-action="reset-confirm"]') as HTMLElement).click());
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('.store-problems li')].map((li) => (li as HTMLElement).dataset.part),
      ).toEqual(['outreach']),
    );
    expect((await api.store.listPeople()).map((p) => p.slug)).toEqual(['kept-person']);
    expect((await api.store.damage()).map((d) => d.part)).toEqual(['outreach']);
  });

  it('when the page cannot read the configuration, it still offers everything as stored', async () => {
    const api = await TestApi.create();
    api.failing.getConfig = 'IndexedDB said no';
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<OptionsApp api={api.asApi()} />);
    await loaded();
    const raw = await screen.findByRole('button', { name: 'Download what can be read' });
    await act(async () => raw.click());
    await waitFor(() => expect(blobs).toHaveLength(1));
    const parsed = JSON.parse(await (blobs[0] as Blob).text());
    expect(parsed.format).toBe('constellation-raw-export');
    expect(parsed.parts.settings[0].value.onboarded).toBe(true);
  });

  it('no problems, no notice', async () => {
    const api = await TestApi.create();
    render(<OptionsApp api={api.asApi()} />);
    await loaded();
    await waitFor(() => expect(api.callsOf('damage')).toHaveLength(1));
    expect(document.querySelector('[data-constellation="store-problems"]')).toBeNull();
  });
});
