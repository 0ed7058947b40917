// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { STAGES } from '../../../lib/domain';
import type { StorePages } from '../../store/store-pages';
import { daysAgo, now, person, type Seed, seededStore, stored } from './seed';

afterEach(cleanup);

async function open(seed: Seed | StorePages = {}, hash = '') {
  const api = 'listPeople' in seed ? seed : await seededStore(seed);
  const view = render(<Popup api={api} now={now} hash={hash} />);
  await waitFor(() => expect(view.container.querySelector('[data-stage="identified"]')).not.toBeNull());
  return { ...view, api };
}

const stageOf = (root: ParentNode, slug: string) =>
  root.querySelector(`[data-person="${slug}"]`)?.closest('[data-stage]')?.getAttribute('data-stage');
const el = (root: ParentNode, selector: string) => {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found as HTMLElement;
};

describe('Pipeline view', () => {
  it('has a container per stage with its count, and each person in theirs', async () => {
    const { container } = await open({
      people: [
        person('ada-north', {
          headline: 'Director of Research',
          needs: ['sponsorship'],
          updatedAt: daysAgo(2),
        }),
        person('bo-east', { stage: 'sent' }),
        person('cy-west', { stage: 'sent' }),
      ],
    });
    for (const stage of STAGES) expect(container.querySelector(`[data-stage="${stage}"]`)).not.toBeNull();
    const count = (s: string) => container.querySelector(`[data-stage="${s}"] .count`)?.textContent;
    expect([count('identified'), count('sent'), count('ongoing')]).toEqual(['1', '2', '0']);
    const row = el(container, '[data-person="ada-north"]');
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
    const { container, api } = await open({ people: [person('ada-north', { stage: from })] });
    fireEvent.click(el(container, '[data-person="ada-north"] [data-action="advance"]'));
    await waitFor(() => expect(stageOf(container, 'ada-north')).toBe(to));
    expect((await stored(api, 'ada-north'))?.stage).toBe(to);
    expect((await api.listEvents('ada-north')).map((e) => e.stage)).toEqual([to]);
    expect(container.querySelector(`[data-stage="${to}"] .count`)?.textContent).toBe('1');
  });

  it.each(['ongoing', 'closed'] as const)('offers no advance from %s', async (stage) => {
    const { container } = await open({ people: [person('ada-north', { stage })] });
    expect(container.querySelector('[data-person="ada-north"]')).not.toBeNull();
    expect(container.querySelector('[data-person="ada-north"] [data-action="advance"]')).toBeNull();
  });

  it('moves on with the keyboard: A advances, D closes as declined', async () => {
    const { container, api } = await open({ people: [person('ada-north'), person('bo-east')] });
    fireEvent.keyDown(el(container, '[data-person="ada-north"]'), { key: 'a' });
    await waitFor(() => expect(stageOf(container, 'ada-north')).toBe('drafted'));
    fireEvent.keyDown(el(container, '[data-person="bo-east"]'), { key: 'd' });
    await waitFor(() => expect(stageOf(container, 'bo-east')).toBe('closed'));
    expect((await stored(api, 'bo-east'))?.closedReason).toBe('declined');
    expect(el(container, '[data-person="bo-east"]').textContent).toContain('declined');
  });

  it('closes as no reply from the details, which show the history', async () => {
    const { container, api } = await open({
      people: [person('ada-north', { stage: 'sent' })],
      events: [{ id: 'x1', slug: 'ada-north', stage: 'sent', at: daysAgo(3), needs: [], channel: 'message' }],
    });
    fireEvent.click(screen.getByRole('button', { name: 'More for Ada North' }));
    const history = await screen.findByRole('list', { name: 'History' });
    await waitFor(() => expect(history.textContent).toContain('Sent · message'));
    fireEvent.click(el(container, '[data-person="ada-north"] [data-action="no-reply"]'));
    await waitFor(() => expect(stageOf(container, 'ada-north')).toBe('closed'));
    expect((await stored(api, 'ada-north'))?.closedReason).toBe('no-reply');
    expect(await api.listEvents('ada-north')).toHaveLength(2);
  });

  it('filters by need and finds by name, accents and case aside', async () => {
    const { container } = await open({
      people: [
        person('jose-ruiz', { name: 'José Ruiz', needs: ['safe-space'] }),
        person('ada-north', { needs: ['sponsorship'] }),
        person('bo-east', { stage: 'sent', needs: ['sponsorship', 'safe-space'] }),
      ],
    });
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

  it('lists follow-ups due at the top, counted on the tab, and clears them', async () => {
    const { container } = await open({
      people: [
        person('late-reply', { stage: 'sent' }),
        person('fresh-send', { stage: 'sent' }),
        person('met-once', { stage: 'meeting' }),
      ],
      events: [
        { id: '1', slug: 'late-reply', stage: 'sent', at: daysAgo(9), needs: [] },
        { id: '2', slug: 'fresh-send', stage: 'sent', at: daysAgo(2), needs: [] },
        { id: '3', slug: 'met-once', stage: 'meeting', at: daysAgo(1), needs: [] },
      ],
    });
    const box = await waitFor(() => el(container, '[data-constellation="follow-ups"]'));
    const items = () =>
      [...box.querySelectorAll('[data-follow-up]')]
        .map((e) => `${e.getAttribute('data-slug')}:${e.getAttribute('data-follow-up')}`)
        .sort();
    expect(items()).toEqual(['late-reply:no-reply', 'met-once:next-date', 'met-once:thank-you']);
    expect(within(screen.getByRole('tab', { name: /pipeline/i })).getByText('3')).toBeTruthy();
    fireEvent.click(within(el(box, '[data-slug="late-reply"]')).getByText('Replied'));
    await waitFor(() => expect(items()).toEqual(['met-once:next-date', 'met-once:thank-you']));
    fireEvent.click(within(el(box, '[data-follow-up="thank-you"]')).getByText('Thanked'));
    await waitFor(() => expect(items()).toEqual(['met-once:next-date']));
    fireEvent.click(within(el(box, '[data-follow-up="next-date"]')).getByText('Set'));
    await waitFor(() => expect(container.querySelector('[data-constellation="follow-ups"]')).toBeNull());
    expect(stageOf(container, 'met-once')).toBe('meeting');
  });

  it('shows hostile names as text, never as markup', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><b>Bold</b>';
    const { container } = await open({
      people: [person('evil', { name: evil, headline: '<script>x()</script>' })],
    });
    const row = el(container, '[data-person="evil"]');
    expect(row.querySelector('img, b, script')).toBeNull();
    expect(row.textContent).toContain(evil);
  });

  it('draws a few rows per stage and the rest on request, keeping the count whole', async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      person(`p-${i}`, { updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }),
    );
    const { container } = await open({ people: many });
    const stage = el(container, '[data-stage="identified"]');
    expect(stage.querySelector('.count')?.textContent).toBe('60');
    expect(stage.querySelectorAll('[data-person]')).toHaveLength(8);
    // Most recent first: the last one touched leads.
    expect(stage.querySelector('[data-person]')?.getAttribute('data-person')).toBe('p-59');
    fireEvent.click(within(stage).getByText(/Show 40 more of 52/));
    await waitFor(() => expect(stage.querySelectorAll('[data-person]')).toHaveLength(48));
  });

  it('offers the mentoring agreement when someone becomes ongoing', async () => {
    const { container } = await open({
      people: [person('ada-north', { stage: 'meeting', needs: ['project-feedback'] })],
    });
    expect(container.querySelector('[data-constellation="agreement"]')).toBeNull();
    fireEvent.click(el(container, '[data-person="ada-north"] [data-action="advance"]'));
    const text = (await screen.findByLabelText('Mentoring agreement')) as HTMLTextAreaElement;
    await waitFor(() => expect(text.value).toContain('Ada North'));
    // Offered where the row moved to, so it is in view.
    expect(text.closest('[data-stage="ongoing"] [data-person="ada-north"]')).not.toBeNull();
    for (const part of ['Goals', 'success', 'Cadence', 'stays between us', 'Review'])
      expect(text.value).toContain(part);
    fireEvent.click(screen.getByText('Not now'));
    await waitFor(() => expect(container.querySelector('[data-constellation="agreement"]')).toBeNull());
  });

  it('suggests imported connections that meet an open need, and adds them', async () => {
    const connection = (slug: string, headline: string) =>
      person(slug, { source: 'connections-csv', inPipeline: false, degree: 1, headline });
    const needs = (await seededStore())
      .getConfig()
      .then((c) =>
        c.needs.map((n) =>
          n.id === 'project-feedback'
            ? { ...n, keywords: ['clinical risk models'], ask: 'feedback on my paper' }
            : n,
        ),
      );
    const { container } = await open({
      needs: await needs,
      people: [
        connection('kit-lane', 'Director of Clinical Risk Models at Harbor Health'),
        connection('no-match', 'Barista'),
      ],
    });
    const box = await waitFor(() => el(container, '[data-constellation="network-suggestions"]'));
    expect(box.textContent).toContain('Kit Lane');
    expect(box.querySelector('[data-slug="no-match"]')).toBeNull();
    expect(container.querySelector('[data-person="kit-lane"]')).toBeNull();
    fireEvent.click(within(box).getByText('Add'));
    await waitFor(() => expect(stageOf(container, 'kit-lane')).toBe('identified'));
    expect(
      el(container, '[data-person="kit-lane"]').querySelector('[data-need="project-feedback"]'),
    ).not.toBeNull();
  });

  it('nudges when every ask stays close to home, and not when they reach out', async () => {
    const at = (slug: string, company: string, degree: number, headline: string) =>
      person(slug, { company, degree, headline, stage: 'sent' });
    const home = await open({
      people: [0, 1, 2].map((i) => at(`h-${i}`, 'Northwind Labs', 1, 'Analyst')),
    });
    const box = await waitFor(() => el(home.container, '[data-constellation="boldness"]'));
    expect(box.textContent).toMatch(/close to home/);
    expect(box.textContent).toContain('0%');
    cleanup();
    const bold = await open({
      people: [0, 1, 2].map((i) => at(`b-${i}`, 'Harbor Health', 2, 'Director of Research')),
    });
    const meters = await waitFor(() => el(bold.container, '[data-constellation="boldness"]'));
    expect(meters.textContent).toContain('100%');
    expect(meters.textContent).not.toMatch(/close to home/);
  });

  it('reads an error from the store as a message, not a crash', async () => {
    const api = await seededStore({ people: [person('ada-north')] });
    api.moveStage = async () => {
      throw new Error('Storage is full');
    };
    const { container } = await open(api);
    fireEvent.click(el(container, '[data-action="advance"]'));
    expect((await screen.findByRole('alert')).textContent).toBe('Storage is full');
    expect(stageOf(container, 'ada-north')).toBe('identified');
  });

  it('reminds to back up when the last export is old and there is new data', async () => {
    const { container } = await open({
      people: [person('ada-north', { updatedAt: daysAgo(1) })],
      settings: { lastExportAt: daysAgo(45) },
    });
    await waitFor(() =>
      expect(container.querySelector('[data-constellation="backup-reminder"]')).not.toBeNull(),
    );
  });
});
