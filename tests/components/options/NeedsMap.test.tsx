// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NeedsMap } from '../../../components/options/NeedsMap';
import type { Need, NeedStatus } from '../../../lib/domain';
import { defaultNeeds } from '../../../lib/needs-catalog';
import { renderWithApi, settle } from './render';
import { TestApi } from './store-api';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const card = (id: string) => document.querySelector(`.need-card[data-need="${id}"]`) as HTMLElement;
const savedNeeds = (api: TestApi) => api.callsOf('saveNeeds').map(([needs]) => needs as Need[]);

async function setup(needs: Need[] = defaultNeeds()) {
  const api = await TestApi.create({ needs });
  return await renderWithApi(<NeedsMap initial={(await api.config()).needs} />, api);
}

describe('NeedsMap', () => {
  it('shows the nine categories, in catalogue order, even when the store holds fewer', async () => {
    await setup([{ id: 'safe-space', status: 'met', ask: '', keywords: [] }]);
    const ids = [...document.querySelectorAll('.need-card')].map((el) => el.getAttribute('data-need'));
    expect(ids).toEqual([
      'professional-development',
      'emotional-support',
      'community',
      'accountability',
      'sponsorship',
      'networks',
      'project-feedback',
      'role-models',
      'safe-space',
    ]);
    expect(card('safe-space').dataset.status).toBe('met');
  });

  it.each(['met', 'partly', 'unmet'] as NeedStatus[])('choosing %s saves at once', async (status) => {
    const start: NeedStatus = status === 'unmet' ? 'met' : 'unmet';
    const { api } = await setup(defaultNeeds().map((n) => ({ ...n, status: start })));
    const radio = within(card('accountability')).getByRole('radio', { name: new RegExp(`^${status}$`, 'i') });
    fireEvent.click(radio);
    await settle();
    expect((await api.need('accountability'))?.status).toBe(status);
    expect(card('accountability').dataset.status).toBe(status);
    expect((await api.need('networks'))?.status).toBe(start);
  });

  it('typing the ask saves once, 300 ms after the last keystroke, with the final text', async () => {
    const { api } = await setup();
    const ask = within(card('project-feedback')).getByLabelText('Your specific ask');
    let text = '';
    for (const ch of 'Feedback on my grant') {
      text += ch;
      await settle(50);
      fireEvent.input(ask, { target: { value: text } });
    }
    expect(savedNeeds(api)).toHaveLength(0);
    await settle(299);
    expect(savedNeeds(api)).toHaveLength(0);
    await settle(1);
    expect(savedNeeds(api)).toHaveLength(1);
    expect((await api.need('project-feedback'))?.ask).toBe('Feedback on my grant');
  });

  it('leaving the field saves at once (no waiting for the timer)', async () => {
    const { api } = await setup();
    const metBy = within(card('role-models')).getByLabelText('Who meets it today');
    fireEvent.input(metBy, { target: { value: 'A former teacher' } });
    fireEvent.focusOut(metBy);
    await settle();
    expect((await api.need('role-models'))?.metBy).toBe('A former teacher');
  });

  it.each(['pagehide', 'visibilitychange'])('%s saves what was typed', async (event) => {
    const { api } = await setup();
    fireEvent.input(within(card('community')).getByLabelText('Your specific ask'), {
      target: { value: 'A reading group' },
    });
    if (event === 'visibilitychange') {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    } else window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect((await api.need('community'))?.ask).toBe('A reading group');
  });

  it('edits to two needs in one burst are saved together, nothing dropped', async () => {
    const { api } = await setup();
    fireEvent.input(within(card('community')).getByLabelText('Your specific ask'), {
      target: { value: 'one' },
    });
    fireEvent.input(within(card('networks')).getByLabelText('Your specific ask'), {
      target: { value: 'two' },
    });
    await settle(300);
    expect(savedNeeds(api)).toHaveLength(1);
    expect(
      savedNeeds(api)[0]
        ?.map((n) => n.id)
        .sort(),
    ).toEqual(['community', 'networks']);
  });

  it('keywords: Enter and commas add chips, × removes one, each change saved', async () => {
    const { api } = await setup();
    const input = within(card('networks')).getByLabelText('Keywords to look for');
    fireEvent.input(input, { target: { value: 'clinical trials' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.input(input, { target: { value: 'Germany, oncology, germany' } });
    await settle();
    expect((await api.need('networks'))?.keywords).toEqual(['clinical trials', 'Germany', 'oncology']);
    fireEvent.click(within(card('networks')).getByRole('button', { name: 'Remove Germany' }));
    await settle();
    expect((await api.need('networks'))?.keywords).toEqual(['clinical trials', 'oncology']);
  });

  it('rename: Enter saves the name; an empty name brings the built-in one back; Escape cancels', async () => {
    const { api } = await setup();
    const rename = () => fireEvent.click(within(card('sponsorship')).getByRole('button', { name: 'Rename' }));
    rename();
    const input = within(card('sponsorship')).getByLabelText('New name');
    fireEvent.input(input, { target: { value: 'Someone to vouch for me' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await settle();
    expect((await api.need('sponsorship'))?.name).toBe('Someone to vouch for me');
    expect(within(card('sponsorship')).getByRole('heading').textContent).toBe('Someone to vouch for me');

    rename();
    const again = within(card('sponsorship')).getByLabelText('New name');
    fireEvent.input(again, { target: { value: 'Not this' } });
    fireEvent.keyDown(again, { key: 'Escape' });
    await settle();
    expect((await api.need('sponsorship'))?.name).toBe('Someone to vouch for me');

    rename();
    const empty = within(card('sponsorship')).getByLabelText('New name');
    fireEvent.input(empty, { target: { value: '   ' } });
    fireEvent.keyDown(empty, { key: 'Enter' });
    await settle();
    expect((await api.need('sponsorship'))?.name).toBeUndefined();
    expect(within(card('sponsorship')).getByRole('heading').textContent).toBe('Institutional Sponsorship');
  });

  it('hide moves a need to the hidden list; unhide brings it back', async () => {
    const { api } = await setup();
    fireEvent.click(within(card('emotional-support')).getByRole('button', { name: 'Hide' }));
    await settle();
    expect((await api.need('emotional-support'))?.hidden).toBe(true);
    expect(card('emotional-support')).toBeNull();
    const hiddenList = screen.getByRole('heading', { name: 'Hidden needs' }).parentElement as HTMLElement;
    fireEvent.click(within(hiddenList).getByRole('button', { name: 'Unhide' }));
    await settle();
    expect((await api.need('emotional-support'))?.hidden).toBe(false);
    expect(card('emotional-support')).not.toBeNull();
  });

  it('shows an empty state when every need is hidden', async () => {
    await setup(defaultNeeds().map((n) => ({ ...n, hidden: true })));
    expect(screen.getByText(/Every need is hidden/)).toBeTruthy();
  });

  it('adds custom needs with unique custom- ids and deletes them only after confirming', async () => {
    const { api } = await setup();
    const add = (name: string) => {
      fireEvent.input(screen.getByLabelText('Add a need of your own'), { target: { value: name } });
      fireEvent.click(screen.getByRole('button', { name: 'Add need' }));
    };
    add('Writing in English');
    add('writing in english!');
    await settle();
    expect((await api.need('custom-writing-in-english'))?.name).toBe('Writing in English');
    expect((await api.need('custom-writing-in-english-2'))?.name).toBe('writing in english!');
    expect(card('custom-writing-in-english')).not.toBeNull();
    expect(within(card('professional-development')).queryByRole('button', { name: 'Delete' })).toBeNull();

    const custom = card('custom-writing-in-english-2');
    fireEvent.click(within(custom).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(custom).getByRole('button', { name: 'Keep' }));
    expect(api.callsOf('deleteNeed')).toHaveLength(0);

    fireEvent.input(within(custom).getByLabelText('Your specific ask'), {
      target: { value: 'typed just before' },
    });
    fireEvent.click(within(custom).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(custom).getByRole('button', { name: 'Delete' }));
    await settle(1000);
    expect(api.callsOf('deleteNeed')).toEqual([['custom-writing-in-english-2']]);
    // The queued edit landed before the delete, so it did not bring the need back.
    expect(await api.need('custom-writing-in-english-2')).toBeUndefined();
    expect(card('custom-writing-in-english-2')).toBeNull();
  });

  it('a need added past the cap is taken back, with the reason; other edits still save', async () => {
    // A small cap (the real one, 500 cards, takes a minute to render here); the store's message.
    const api = await TestApi.create({ needs: defaultNeeds() }, { caps: { needs: 10 } });
    await api.store.saveNeeds([{ id: 'custom-one', name: 'One', status: 'unmet', ask: '', keywords: [] }]);
    await renderWithApi(<NeedsMap initial={(await api.config()).needs} />, api);
    fireEvent.input(screen.getByLabelText('Add a need of your own'), { target: { value: 'One too many' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add need' }));
    await settle();
    expect(screen.getByRole('alert').textContent).toBe(
      'Could not add “One too many”: You have 10 needs; one more would pass the 10 Constellation keeps. Nothing was saved: delete needs of your own you no longer use, then try again.',
    );
    expect(card('custom-one-too-many')).toBeNull();
    fireEvent.input(within(card('networks')).getByLabelText('Your specific ask'), {
      target: { value: 'still saved' },
    });
    await settle(300);
    expect((await api.need('networks'))?.ask).toBe('still saved');
  });

  it('renders hostile names and asks as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await setup([
      ...defaultNeeds(),
      { id: 'custom-x', name: hostile, status: 'unmet', ask: hostile, keywords: [hostile] },
    ]);
    expect(within(card('custom-x')).getByRole('heading').textContent).toBe(hostile);
    expect(document.querySelector('.need-list img, .need-list script')).toBeNull();
    expect((within(card('custom-x')).getByLabelText('Your specific ask') as HTMLTextAreaElement).value).toBe(
      hostile,
    );
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('a failed save keeps the edit and retries it with the next one', async () => {
    const { api } = await setup();
    api.failing.saveNeeds = 'The store is closed';
    fireEvent.input(within(card('accountability')).getByLabelText('Your specific ask'), {
      target: { value: 'A' },
    });
    await settle(300);
    expect((await api.need('accountability'))?.ask).toBe('');
    api.failing.saveNeeds = undefined;
    fireEvent.input(within(card('networks')).getByLabelText('Your specific ask'), { target: { value: 'B' } });
    await settle(300);
    expect((await api.need('accountability'))?.ask).toBe('A');
    expect((await api.need('networks'))?.ask).toBe('B');
  });
});
