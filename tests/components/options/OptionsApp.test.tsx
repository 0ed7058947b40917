// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { DEFAULT_SETTINGS } from '../../../lib/domain';
import { TestApi } from './store-api';

afterEach(cleanup);

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

  it('records the store skipped are reported as text, and the page still works', async () => {
    const api = await TestApi.create();
    api.answers.problems = ['people[3]: <b>unreadable</b> record skipped', 'outreach[9]: bad date'];
    render(<OptionsApp api={api.asApi()} />);
    await loaded();
    const notice = await waitFor(() => {
      const el = document.querySelector('[data-constellation="store-problems"]');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    expect(notice.textContent).toContain('2 saved records could not be read');
    expect(notice.querySelector('b')).toBeNull();
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
      api.answers.problems as string[],
    );
    expect(document.querySelectorAll('.need-card')).toHaveLength(9);
  });

  it('no problems, no notice', async () => {
    const api = await TestApi.create();
    render(<OptionsApp api={api.asApi()} />);
    await loaded();
    await waitFor(() => expect(api.callsOf('problems')).toHaveLength(1));
    expect(document.querySelector('[data-constellation="store-problems"]')).toBeNull();
  });
});
