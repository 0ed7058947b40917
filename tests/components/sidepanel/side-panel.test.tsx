// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultNeeds } from '../../../lib/needs-catalog';
import { rankCards } from '../../../lib/rank-people';
import { profile } from '../../store/helpers';
import { daysAgo, person, stored } from '../popup/seed';
import { card, listReport, profileReport, renderPanel, URL_OF } from './harness';

afterEach(cleanup);

const needs = defaultNeeds().map((n) =>
  n.id === 'project-feedback'
    ? { ...n, ask: 'feedback on my paper on clinical risk models', keywords: ['clinical risk models'] }
    : // A community tag needs a group about something the user named (issue 16).
      n.id === 'community'
      ? { ...n, ask: 'A community of women in data science' }
      : n,
);
// At another organisation than the user's (Robin Vale, Northwind Labs) and more senior: labels follow.
const ada = profile('ada-north', {
  name: 'Ada North',
  headline: 'Director of Research at Harbor Health',
  company: 'Harbor Health',
  experience: [{ title: 'Director of Research', company: 'Harbor Health', dates: '2019 – Present' }],
});
const root = () => document.querySelector('[data-constellation="side-panel"]') as HTMLElement;
const $$ = (selector: string) => [...root().querySelectorAll(selector)];

describe('side panel: a profile', () => {
  it('shows the person, each tag with its strength and reason, the labels and what was not found', async () => {
    await renderPanel({
      seed: { needs },
      before: (tabs) =>
        tabs.show(7, URL_OF('ada-north'), profileReport(ada, { missing: ['mutualConnections'] })),
    });
    await screen.findByRole('heading', { name: 'Ada North' });
    const person = root().querySelector('[data-person="ada-north"]') as HTMLElement;
    const tags = [...person.querySelectorAll('[data-need]')];
    expect(tags.map((t) => t.getAttribute('data-need'))).toContain('project-feedback');
    for (const t of tags) {
      const s = Number(t.getAttribute('data-strength'));
      expect(s).toBeGreaterThan(0);
      expect(s).toBeLessThanOrEqual(1);
      expect(t.querySelector('.sp-reasons li')?.textContent).toMatch(/\w{3}/);
    }
    expect(person.querySelectorAll('[data-label]').length).toBeGreaterThan(0);
    expect(person.textContent).toContain('Not found on this page: mutual connections');
  });

  it('saves with the needs shown, and a rejected tag goes and stays rejected', async () => {
    const { store } = await renderPanel({
      seed: { needs },
      before: (tabs) => tabs.show(7, URL_OF('ada-north'), profileReport(ada)),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Save to pipeline' }));
    await screen.findByRole('button', { name: 'Saved · Identified' });
    const shown = $$('[data-person] [data-need]').map((t) => t.getAttribute('data-need'));
    const saved = await stored(store, 'ada-north');
    expect(saved).toMatchObject({ stage: 'identified', name: 'Ada North' });
    expect(saved?.needs).toEqual(shown);
    expect(shown).toContain('project-feedback');

    fireEvent.click(screen.getByRole('button', { name: 'Not this: Project-Specific Feedback' }));
    await waitFor(() => expect($$('[data-need="project-feedback"]')).toHaveLength(0));
    // Rejected for good: the store's next tagging of this person leaves it out.
    expect((await store.tagProfile(ada)).tags.map((t) => t.need)).not.toContain('project-feedback');
    expect((await stored(store, 'ada-north'))?.rejected).toContain('project-feedback');
  });

  it('says when a save fails, and keeps the button', async () => {
    const { api } = await renderPanel({
      seed: { needs },
      before: (tabs) => tabs.show(7, URL_OF('ada-north'), profileReport(ada)),
    });
    api.savePerson = async () => {
      throw new Error('The browser has no room left to save this. Free some disk space.');
    };
    fireEvent.click(await screen.findByRole('button', { name: 'Save to pipeline' }));
    await screen.findByText('The browser has no room left to save this. Free some disk space.');
    expect(screen.getByRole('button', { name: 'Save to pipeline' })).toBeTruthy();
  });

  it('opens the drafter inside the panel for this person and need, and comes back', async () => {
    await renderPanel({
      seed: { needs, self: { goal: 'lead a clinical data team' } },
      before: (tabs) => tabs.show(7, URL_OF('ada-north'), profileReport(ada)),
    });
    const draft = await screen.findByRole('button', { name: 'Draft a request' });
    const strongest = $$('[data-person] [data-need]')[0]?.getAttribute('data-need');
    fireEvent.click(draft);
    const area = (await screen.findByLabelText('Your request')) as HTMLTextAreaElement;
    await waitFor(() => expect(area.value).toMatch(/Ada/));
    // The strongest tag's need is the one asked about.
    expect((document.querySelector('[data-picker="need"]') as HTMLSelectElement).value).toBe(strongest);
    expect(root().getAttribute('data-view')).toBe('draft');
    fireEvent.click(screen.getByRole('button', { name: '← Back to the page' }));
    await screen.findByRole('heading', { name: 'Ada North' });
  });

  it('a profile URL whose page named nobody says so and copies a diagnostic', async () => {
    const { tabs } = await renderPanel({
      diagnostic: 'url: /in/*/\nh1: 0',
      before: (t) => t.show(7, URL_OF('no-name'), profileReport({ ...ada, slug: 'no-name', name: null })),
    });
    await screen.findByText('Constellation could not read this profile');
    expect($$('[data-person]')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Copy diagnostic' }));
    await screen.findByText('Copied. Paste it into a bug report.');
    expect(tabs.copied).toEqual(['url: /in/*/\nh1: 0']);
  });

  it('shows the diagnostic to copy by hand when the clipboard refuses, and says when the tab is gone', async () => {
    const { tabs } = await renderPanel({
      diagnostic: 'h1: 0',
      before: (t) => t.show(7, URL_OF('no-name'), profileReport({ ...ada, slug: 'no-name', name: null })),
    });
    tabs.clipboard = false;
    fireEvent.click(await screen.findByRole('button', { name: 'Copy diagnostic' }));
    expect(((await screen.findByLabelText('Diagnostic to copy')) as HTMLTextAreaElement).value).toBe('h1: 0');
  });
});

describe('side panel: a people list', () => {
  const cards = [
    card('pia-cook', 'Pastry chef'),
    card('ole-berg', 'Professor of epidemiology | clinical risk models, peer reviewer'),
    card('kim-sand', 'Founder of a community for women in data'),
    card('pia-cook', 'Pastry chef'), // the same card twice (photo and name links)
  ];

  it('lists each person once, best fit first, with top tags; a name opens them in the tab', async () => {
    const { tabs, store } = await renderPanel({
      seed: { needs },
      before: (t) => t.show(3, listReport(cards).url, listReport(cards)),
    });
    const list = await waitFor(() => {
      const el = root().querySelector('[data-constellation="page-people"]');
      if (!el) throw new Error('no list yet');
      return el;
    });
    const slugs = [...list.querySelectorAll(':scope > [data-slug]')].map((r) => r.getAttribute('data-slug'));
    const expected = rankCards(cards, await store.tagCards(cards)).map((r) => r.card.slug);
    expect(slugs).toEqual(expected);
    expect(slugs).toHaveLength(3);
    expect(slugs[0]).toBe('ole-berg');
    expect(slugs.at(-1)).toBe('pia-cook');
    expect(list.querySelector('[data-slug="ole-berg"] [data-need="project-feedback"]')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'ole berg' }));
    expect(tabs.opened).toEqual([{ tabId: 3, url: URL_OF('ole-berg') }]);
  });

  it('saves from a row into the pipeline with the row’s needs', async () => {
    const { store } = await renderPanel({
      seed: { needs },
      before: (t) => t.show(3, listReport(cards).url, listReport(cards)),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Save ole berg to your pipeline' }));
    await waitFor(() =>
      expect(root().querySelector('[data-slug="ole-berg"] [data-stage="identified"]')).toBeTruthy(),
    );
    expect(await stored(store, 'ole-berg')).toMatchObject({
      stage: 'identified',
      headline: cards[1]?.headline,
    });
    expect((await stored(store, 'ole-berg'))?.needs).toContain('project-feedback');
  });

  it('a list URL with no cards yet: words that fit a list still loading, and the diagnostic', async () => {
    await renderPanel({ before: (t) => t.show(3, listReport([]).url) });
    await screen.findByText('Looking for people on this page');
    expect(screen.getByRole('button', { name: 'Copy diagnostic' })).toBeTruthy();
  });
});

describe('side panel: following the tab', () => {
  it('follows another tab, an in-page navigation and the background’s re-tag', async () => {
    const bo = profile('bo-lake', { name: 'Bo Lake' });
    const { tabs } = await renderPanel({
      seed: { needs },
      before: (t) => t.show(7, URL_OF('ada-north'), profileReport(ada)),
    });
    await screen.findByRole('heading', { name: 'Ada North' });
    // In-page navigation: the URL changes first (nothing read yet), the report follows.
    act(() => tabs.show(7, URL_OF('bo-lake')));
    await screen.findByText(/Reading this profile/);
    act(() => tabs.push(7, profileReport(bo)));
    await screen.findByRole('heading', { name: 'Bo Lake' });
    expect($$('[data-person="ada-north"]')).toHaveLength(0);
    // Another tab activated; a push for the tab no longer shown changes nothing.
    act(() => tabs.show(9, listReport(cards()).url, listReport(cards())));
    await waitFor(() => expect(root().querySelector('[data-constellation="page-people"]')).toBeTruthy());
    act(() => tabs.push(7, profileReport(ada)));
    await new Promise((r) => setTimeout(r, 20));
    expect($$('[data-person]')).toHaveLength(0);
    // The background was told each tab the panel showed, in turn: only a shown tab is read.
    expect(tabs.followed).toEqual([7, 9]);
  });

  it('pinned to a tab (?tab=<id>): shows that tab, not the active one, and says when it is closed', async () => {
    const { tabs } = await renderPanel({
      seed: { needs },
      before: (t) => {
        t.show(7, URL_OF('ada-north'), profileReport(ada));
        t.show(9, listReport(cards()).url, listReport(cards()));
        t.pinned = 7;
      },
    });
    await screen.findByRole('heading', { name: 'Ada North' });
    expect(root().querySelector('[data-constellation="page-people"]')).toBeNull();
    expect(tabs.followed).toEqual([7]);
    // The pinned tab closed: nothing of its page stays, and the background reads no tab for us.
    act(() => {
      tabs.tabs.delete(7);
      tabs.show(9, listReport(cards()).url, listReport(cards()));
    });
    await waitFor(() => expect($$('[data-person]')).toHaveLength(0));
    expect(root().querySelector('[data-constellation="page-people"]')).toBeNull();
    expect(tabs.followed).toEqual([7, null]);
  });

  it('off LinkedIn: what the pipeline needs next, follow-ups due and needs with nobody', async () => {
    const sent = person('rae-moss', { stage: 'sent', needs: ['community'], updatedAt: daysAgo(10) });
    await renderPanel({
      seed: {
        needs,
        people: [sent],
        events: [{ id: 'e1', slug: 'rae-moss', stage: 'sent', at: daysAgo(10), needs: ['community'] }],
      },
      before: (t) => t.show(5, null),
    });
    await screen.findByText(/reads nothing anywhere else/);
    await waitFor(() =>
      expect(document.querySelector('[data-constellation="follow-ups"]')?.textContent).toMatch(/Rae Moss/),
    );
    const nobody = await waitFor(() => {
      const el = document.querySelector('[data-constellation="needs-with-nobody"]');
      if (!el) throw new Error('not yet');
      return el;
    });
    expect(nobody.querySelector('[data-need="community"]')).toBeNull(); // Rae is on the way for it
    expect(nobody.querySelector('[data-need="sponsorship"]')).toBeTruthy();
  });

  it('the viewer’s own profile is not tagged', async () => {
    await renderPanel({
      seed: { needs },
      before: (t) => t.show(7, URL_OF('ada-north'), profileReport(ada, { own: true })),
    });
    await screen.findByText(/This is your own profile/);
    expect($$('[data-person]')).toHaveLength(0);
  });
});

function cards() {
  return [card('ole-berg', 'Professor of epidemiology | clinical risk models')];
}
