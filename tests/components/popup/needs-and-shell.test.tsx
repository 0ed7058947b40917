// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHash } from '../../../components/popup/hash-route';
import { Popup } from '../../../components/popup/Popup';
import { slugFromUrl } from '../../../lib/linkedin-url';
import { defaultNeeds } from '../../../lib/needs-catalog';
import { now, person, seededStore } from './seed';

afterEach(cleanup);

describe('hash route and page slug', () => {
  it.each([
    ['', { tab: 'pipeline' }],
    ['#needs', { tab: 'needs' }],
    ['#draft?slug=ada-north&need=safe-space', { tab: 'draft', slug: 'ada-north', need: 'safe-space' }],
    ['#draft?slug=', { tab: 'draft' }],
    ['#nonsense?slug=x', { tab: 'pipeline', slug: 'x' }],
  ])('%j opens %j', (hash, route) => {
    expect(parseHash(hash)).toEqual({ slug: undefined, need: undefined, ...route });
  });

  it.each([
    ['https://www.linkedin.com/in/ada-north/', 'ada-north'],
    ['https://www.linkedin.com/in/Ada-North?miniProfile=1', 'ada-north'],
    ['https://www.linkedin.com/in/jos%C3%A9-ruiz-1a2b/details/', 'josé-ruiz-1a2b'],
    ['https://www.linkedin.com/feed/', null],
    ['https://evil.example/in/ada-north/', null],
    ['https://linkedin.com.evil.example/in/ada-north/', null],
    ['chrome-extension://abc/popup.html', null],
    ['not a url', null],
    [null, null],
  ])('%s → %s', (url, slug) => {
    // The active tab's URL, as the popup reads it: the one LinkedIn-URL rule (lib/linkedin-url.ts).
    expect(slugFromUrl(url)).toBe(slug);
  });
});

describe('Popup shell', () => {
  it('moves between tabs with the arrow keys, one tab in the tab order', async () => {
    render(<Popup api={await seededStore()} now={now} />);
    const pipeline = await screen.findByRole('tab', { name: /pipeline/i });
    expect(pipeline.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-pipeline');
    fireEvent.keyDown(pipeline, { key: 'ArrowRight' });
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Draft' }).getAttribute('aria-selected')).toBe('true'),
    );
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Draft' }), { key: 'End' });
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Needs' }).getAttribute('aria-selected')).toBe('true'),
    );
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Needs' }), { key: 'ArrowRight' });
    await waitFor(() => expect(pipeline.getAttribute('aria-selected')).toBe('true'));
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  });

  it('follows a later #draft?… hash without a reload (the panel reopening the drafter)', async () => {
    render(<Popup api={await seededStore({ people: [person('ada-north')] })} now={now} />);
    await screen.findByRole('tab', { name: /pipeline/i });
    location.hash = '#draft?slug=ada-north&need=safe-space';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Draft' }).getAttribute('aria-selected')).toBe('true'),
    );
    await waitFor(() =>
      expect((document.querySelector('[data-picker="need"]') as HTMLSelectElement | null)?.value).toBe(
        'safe-space',
      ),
    );
    location.hash = '';
  });

  it('shows the tags of the LinkedIn profile in the active tab', async () => {
    const api = await seededStore({
      people: [
        person('ada-north', {
          stage: 'sent',
          tags: [
            { need: 'safe-space', strength: 0.7, reasons: ['Outside your organisation and field'] },
            { need: 'sponsorship', strength: 0.9, reasons: ['Director: more senior than you'] },
          ],
          rejected: ['safe-space'],
          labels: ['bold'],
        }),
      ],
    });
    render(<Popup api={api} now={now} activeTabUrl={async () => 'https://www.linkedin.com/in/ada-north/'} />);
    const box = await waitFor(() => {
      const el = document.querySelector('[data-constellation="on-this-page"]');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    expect(box.querySelector('[data-need="sponsorship"]')?.textContent).toContain('more senior');
    expect(box.querySelector('[data-need="safe-space"]')).toBeNull();
    expect(box.querySelector('[data-label="bold"]')).not.toBeNull();
    expect(box.textContent).toContain('Sent');
  });

  it('says so when the page profile is not saved, and shows nothing off LinkedIn', async () => {
    render(
      <Popup
        api={await seededStore()}
        now={now}
        activeTabUrl={async () => 'https://www.linkedin.com/in/kim-park/'}
      />,
    );
    await waitFor(() =>
      expect(document.querySelector('[data-constellation="on-this-page"]')?.textContent).toMatch(
        /Not in your pipeline/,
      ),
    );
    cleanup();
    render(<Popup api={await seededStore()} now={now} activeTabUrl={async () => 'https://example.org/'} />);
    await screen.findByRole('tab', { name: /pipeline/i });
    await waitFor(() => expect(document.querySelector('[data-stage]')).not.toBeNull());
    expect(document.querySelector('[data-constellation="on-this-page"]')).toBeNull();
  });

  it('survives an active-tab query that fails', async () => {
    render(
      <Popup
        api={await seededStore({ people: [person('ada-north')] })}
        now={now}
        activeTabUrl={() => Promise.reject(new Error('no'))}
      />,
    );
    await waitFor(() => expect(document.querySelector('[data-person="ada-north"]')).not.toBeNull());
  });
});

describe('Needs view', () => {
  const needs = defaultNeeds().map((n) =>
    n.id === 'role-models'
      ? { ...n, hidden: true }
      : n.id === 'community'
        ? { ...n, status: 'met' as const }
        : n,
  );

  it('draws a segment per visible need, filled by who covers it', async () => {
    const api = await seededStore({
      people: [
        person('ada-north', { stage: 'ongoing', needs: ['sponsorship'] }),
        person('bo-east', { stage: 'sent', needs: ['safe-space'] }),
        person('cy-west', { stage: 'closed', needs: ['accountability'] }),
      ],
      needs,
    });
    render(<Popup api={api} now={now} hash="#needs" />);
    const wheel = await screen.findByRole('img', { name: /needs map/i });
    const state = (id: string) => wheel.querySelector(`[data-need="${id}"]`)?.getAttribute('data-state');
    expect(wheel.querySelectorAll('[data-need]')).toHaveLength(8);
    expect(wheel.querySelector('[data-need="role-models"]')).toBeNull();
    expect(state('sponsorship')).toBe('covered');
    expect(state('community')).toBe('met');
    expect(state('safe-space')).toBe('progress');
    expect(state('accountability')).toBe('empty');
    expect(wheel.querySelector('title')?.textContent).toBe('Needs map: 2 of 8 needs have someone');
    // The text alternative says the same.
    const list = screen.getByRole('list', { name: 'Needs, as a list' });
    expect(list.querySelector('[data-need="sponsorship"]')?.textContent).toContain('With Ada North');
    expect(list.querySelector('[data-need="safe-space"]')?.textContent).toContain('On the way: Bo East');
    expect(list.querySelectorAll('[data-state="empty"]')).toHaveLength(5);
  });

  it('warns when one person carries more than three needs', async () => {
    const four = ['sponsorship', 'safe-space', 'accountability', 'networks'] as const;
    const api = await seededStore({ people: [person('ada-north', { stage: 'ongoing', needs: [...four] })] });
    render(<Popup api={api} now={now} hash="#needs" />);
    const warning = await waitFor(() => {
      const el = document.querySelector('[data-constellation="overloaded"]');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    expect(warning.textContent).toContain('Ada North carries 4');
    cleanup();
    render(
      <Popup
        api={
          await seededStore({
            people: [person('ada-north', { stage: 'ongoing', needs: [...four].slice(0, 3) })],
          })
        }
        now={now}
        hash="#needs"
      />,
    );
    await screen.findByRole('img', { name: /needs map/i });
    expect(document.querySelector('[data-constellation="overloaded"]')).toBeNull();
  });
});
