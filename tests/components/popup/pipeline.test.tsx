// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { STAGES } from '../../../lib/domain';
import { memoryApi, person } from './memory-api';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const now = () => NOW;
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

afterEach(cleanup);

async function open(api = memoryApi(), hash = '') {
  const view = render(<Popup api={api} now={now} hash={hash} />);
  await screen.findByRole('tab', { name: /pipeline/i });
  await waitFor(() => expect(view.container.querySelector('[data-stage="identified"]')).not.toBeNull());
  return view;
}

const stageOf = (root: HTMLElement, slug: string) =>
  root.querySelector(`[data-person="${slug}"]`)?.closest('[data-stage]')?.getAttribute('data-stage');

describe('Pipeline view', () => {
  it('has a container per stage with its count, and each person in theirs', async () => {
    const api = memoryApi([
      person('ada-north', {
        headline: 'Director of Research',
        needs: ['sponsorship'],
        updatedAt: daysAgo(2),
      }),
      person('bo-east', { stage: 'sent' }),
      person('cy-west', { stage: 'sent' }),
    ]);
    const { container } = await open(api);
    for (const stage of STAGES) expect(container.querySelector(`[data-stage="${stage}"]`)).not.toBeNull();
    const count = (s: string) => container.querySelector(`[data-stage="${s}"] .count`)?.textContent;
    expect([count('identified'), count('sent'), count('ongoing')]).toEqual(['1', '2', '0']);
    const row = container.querySelector('[data-person="ada-north"]') as HTMLElement;
    expect(stageOf(container, 'ada-north')).toBe('identified');
    expect(row.textContent).toContain('Ada North');
    expect(row.textContent).toContain('Director of Research');
    expect(row.querySelector('[data-need="sponsorship"]')?.textContent).toBe('Institutional Sponsorship');
    expect(row.textContent).toContain('27 Feb');
  });

  it.each([
    ['identified', 'drafted'],
    ['drafted', 'sent'],
    ['sent', 'replied'],
    ['replied', 'meeting'],
    ['meeting', 'ongoing'],
  ] as const)('advance moves %s to %s in one click, and the history grows', async (from, to) => {
    const api = memoryApi([person('ada-north', { stage: from })]);
    const { container } = await open(api);
    const button = container.querySelector(
      '[data-person="ada-north"] [data-action="advance"]',
    ) as HTMLElement;
    fireEvent.click(button);
    await waitFor(() => expect(stageOf(container, 'ada-north')).toBe(to));
    expect(api.people.get('ada-north')?.stage).toBe(to);
    expect(await api.listEvents('ada-north')).toHaveLength(1);
    expect(container.querySelector(`[data-stage="${to}"] .count`)?.textContent).toBe('1');
  });

  it.each(['ongoing', 'closed'] as const)('offers no advance from %s', async (stage) => {
    const { container } = await open(memoryApi([person('ada-north', { stage })]));
    expect(container.querySelector('[data-person="ada-north"]')).not.toBeNull();
    expect(container.querySelector('[data-person="ada-north"] [data-action="advance"]')).toBeNull();
  });

  it('moves on with the keyboard: A advances, D closes as declined', async () => {
    const api = memoryApi([person('ada-north'), person('bo-east')]);
    const { container } = await open(api);
    fireEvent.keyDown(container.querySelector('[data-person="ada-north"]') as HTMLElement, { key: 'a' });
    fireEvent.keyDown(container.querySelector('[data-person="bo-east"]') as HTMLElement, { key: 'd' });
    await waitFor(() => expect(stageOf(container, 'ada-north')).toBe('drafted'));
    await waitFor(() => expect(stageOf(container, 'bo-east')).toBe('closed'));
    expect(api.people.get('bo-east')?.closedReason).toBe('declined');
    expect(container.querySelector('[data-person="bo-east"]')?.textContent).toContain('declined');
  });

  it('closes as no reply from the details, which show the history', async () => {
    const api = memoryApi(
      [person('ada-north', { stage: 'sent' })],
      [{ id: 'x1', slug: 'ada-north', stage: 'sent', at: daysAgo(3), needs: [], channel: 'message' }],
    );
    const { container } = await open(api);
    fireEvent.click(screen.getByRole('button', { name: 'More for Ada North' }));
    const history = await screen.findByRole('list', { name: 'History' });
    await waitFor(() => expect(history.textContent).toContain('Sent · message'));
    fireEvent.click(
      container.querySelector('[data-person="ada-north"] [data-action="no-reply"]') as HTMLElement,
    );
    await waitFor(() => expect(stageOf(container, 'ada-north')).toBe('closed'));
    expect(api.people.get('ada-north')?.closedReason).toBe('no-reply');
    expect(api.events).toHaveLength(2);
  });

  it('filters by need and finds by name, accents and case aside', async () => {
    const api = memoryApi([
      person('jose-ruiz', { name: 'José Ruiz', needs: ['safe-space'] }),
      person('ada-north', { needs: ['sponsorship'] }),
      person('bo-east', { stage: 'sent', needs: ['sponsorship', 'safe-space'] }),
    ]);
    const { container } = await open(api);
    const shown = () =>
      [...container.querySelectorAll('[data-person]')].map((e) => e.getAttribute('data-person'));
    fireEvent.change(screen.getByLabelText('Filter by need'), { target: { value: 'sponsorship' } });
    await waitFor(() => expect(shown().sort()).toEqual(['ada-north', 'bo-east']));
    fireEvent.change(screen.getByLabelText('Filter by need'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('Find by name'), { target: { value: 'JOSE' } });
    await waitFor(() => expect(shown()).toEqual(['jose-ruiz']));
    fireEvent.input(screen.getByLabelText('Find by name'), { target: { value: 'nobody-like-this' } });
    await waitFor(() => expect(shown()).toEqual([]));
  });

  it('lists follow-ups due at the top, counted on the tab', async () => {
    const api = memoryApi(
      [
        person('late-reply', { stage: 'sent' }),
        person('fresh-send', { stage: 'sent' }),
        person('met-once', { stage: 'meeting' }),
      ],
      [
        { id: '1', slug: 'late-reply', stage: 'sent', at: daysAgo(9), needs: [] },
        { id: '2', slug: 'fresh-send', stage: 'sent', at: daysAgo(2), needs: [] },
        { id: '3', slug: 'met-once', stage: 'meeting', at: daysAgo(1), needs: [] },
      ],
    );
    const { container } = await open(api);
    const box = await waitFor(() => {
      const el = container.querySelector('[data-constellation="follow-ups"]');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    const items = [...box.querySelectorAll('[data-follow-up]')].map(
      (e) => `${e.getAttribute('data-slug')}:${e.getAttribute('data-follow-up')}`,
    );
    expect(items.sort()).toEqual(['late-reply:no-reply', 'met-once:next-date', 'met-once:thank-you']);
    expect(within(screen.getByRole('tab', { name: /pipeline/i })).getByText('3')).toBeTruthy();
    // "Replied" from the follow-up clears it.
    fireEvent.click(
      within(box.querySelector('[data-slug="late-reply"]') as HTMLElement).getByText('Replied'),
    );
    await waitFor(() => expect(box.querySelector('[data-slug="late-reply"]')).toBeNull());
  });

  it('shows hostile names as text, never as markup', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><b>Bold</b>';
    const { container } = await open(
      memoryApi([person('evil', { name: evil, headline: '<script>x()</script>' })]),
    );
    const row = container.querySelector('[data-person="evil"]') as HTMLElement;
    expect(row.querySelector('img, b, script')).toBeNull();
    expect(row.textContent).toContain(evil);
  });

  it('draws a few rows per stage and the rest on request, keeping the count whole', async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      person(`p-${i}`, { updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }),
    );
    const { container } = await open(memoryApi(many));
    const stage = container.querySelector('[data-stage="identified"]') as HTMLElement;
    expect(stage.querySelector('.count')?.textContent).toBe('60');
    expect(stage.querySelectorAll('[data-person]')).toHaveLength(8);
    // Most recent first: the last one touched leads.
    expect(stage.querySelector('[data-person]')?.getAttribute('data-person')).toBe('p-59');
    fireEvent.click(within(stage).getByText(/Show 40 more of 52/));
    await waitFor(() => expect(stage.querySelectorAll('[data-person]')).toHaveLength(48));
  });

  it('offers the mentoring agreement when someone becomes ongoing', async () => {
    const api = memoryApi([person('ada-north', { stage: 'meeting', needs: ['project-feedback'] })]);
    const { container } = await open(api);
    expect(container.querySelector('[data-constellation="agreement"]')).toBeNull();
    fireEvent.click(
      container.querySelector('[data-person="ada-north"] [data-action="advance"]') as HTMLElement,
    );
    const text = (await screen.findByLabelText('Mentoring agreement')) as HTMLTextAreaElement;
    for (const part of ['Goals', 'success', 'Cadence', 'stays between us', 'Review'])
      expect(text.value).toContain(part);
    expect(text.value).toContain('Ada North');
    fireEvent.click(screen.getByText('Not now'));
    await waitFor(() => expect(container.querySelector('[data-constellation="agreement"]')).toBeNull());
  });

  it('suggests imported connections that meet an open need, and adds them', async () => {
    const api = memoryApi([
      person('kit-lane', {
        source: 'connections-csv',
        inPipeline: false,
        degree: 1,
        tags: [{ need: 'project-feedback', strength: 0.8, reasons: ['Lists “peer review”'] }],
      }),
      person('no-match', { source: 'connections-csv', inPipeline: false, tags: [] }),
    ]);
    const { container } = await open(api);
    const box = container.querySelector('[data-constellation="network-suggestions"]') as HTMLElement;
    expect(box.textContent).toContain('Kit Lane');
    expect(box.querySelector('[data-slug="no-match"]')).toBeNull();
    expect(container.querySelector('[data-person="kit-lane"]')).toBeNull();
    fireEvent.click(within(box).getByText('Add'));
    await waitFor(() => expect(stageOf(container, 'kit-lane')).toBe('identified'));
  });

  it('nudges when every ask stays close to home', async () => {
    const home = (slug: string) =>
      person(slug, { company: 'Northwind Labs', degree: 1, headline: 'Analyst', stage: 'sent' });
    const { container } = await open(memoryApi([home('a-a'), home('b-b'), home('c-c')]));
    const box = container.querySelector('[data-constellation="boldness"]') as HTMLElement;
    expect(box.textContent).toMatch(/close to home/);
    expect(box.textContent).toContain('0%');
  });

  it('reads an error from the store as a message, not a crash', async () => {
    const api = memoryApi([person('ada-north')]);
    api.moveStage = async () => {
      throw new Error('Storage is full');
    };
    const { container } = await open(api);
    fireEvent.click(container.querySelector('[data-action="advance"]') as HTMLElement);
    expect((await screen.findByRole('alert')).textContent).toBe('Storage is full');
    expect(stageOf(container, 'ada-north')).toBe('identified');
  });
});
