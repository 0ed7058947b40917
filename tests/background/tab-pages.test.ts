import { describe, expect, it, vi } from 'vitest';
import { BackgroundHost } from '../../lib/background/host';
import { type Card, EMPTY_SELF } from '../../lib/domain';
import type { PageReport } from '../../lib/page-report';
import { freshStore, profile } from '../store/helpers';
import { fakePort } from './fake-port';

// The background's per-tab page state (issue 15): what a content script reports is bound to its
// own tab, tagged with the user's rejections applied, shown on the badge and pushed to our pages.

const URL_OF = (slug: string) => `https://www.linkedin.com/in/${slug}/`;
const LIST_URL = 'https://www.linkedin.com/search/results/people/?keywords=forecasting';

function profileReport(slug: string, over: Partial<PageReport> = {}): PageReport {
  return {
    url: URL_OF(slug),
    kind: 'profile',
    profile: profile(slug),
    missing: [],
    cards: [],
    own: false,
    ...over,
  };
}

const card = (slug: string, headline: string): Card => ({
  slug,
  name: `Card ${slug}`,
  headline,
  degree: 2,
  tags: [],
});

async function setup(display: 'side-panel' | 'page' = 'side-panel') {
  const { store } = freshStore();
  await store.saveSelf({
    ...EMPTY_SELF,
    organization: 'Northwind Labs',
    field: 'Data Science',
    seniority: 'mid',
  });
  await store.saveNeeds([
    {
      id: 'project-feedback',
      status: 'unmet',
      ask: 'feedback on my paper on clinical risk models',
      keywords: ['risk models'],
    },
    { id: 'sponsorship', status: 'unmet', ask: '', keywords: [] },
  ]);
  await store.saveSettings({ display });
  const fake = fakePort();
  const pushed = fake.calls.sent;
  const host = new BackgroundHost(store, fake.port);
  const tab = (id: number, url: string, frameId = 0) => host.content({ frameId, tab: { id, url } });
  return { store, host, tab, pushed, ...fake };
}

describe('tab pages', () => {
  it('a profile report is tagged, kept for its tab, counted on its badge and pushed to our pages', async () => {
    const { host, tab, tabBadge, pushed } = await setup();
    await tab(7, URL_OF('ines-r')).reportPage(profileReport('ines-r'));
    const page = await host.pages().tabPage(7);
    expect(page?.report.profile?.slug).toBe('ines-r');
    expect(page?.tags.map((t) => t.need)).toContain('project-feedback');
    expect(page?.tags.every((t) => t.reasons.length > 0)).toBe(true);
    expect(tabBadge(7)).toBe(String(page?.tags.length));
    expect(pushed).toContainEqual({ constellation: 1, tabPage: 7 });
    expect(await host.pages().tabPage(8)).toBeNull();
    // The popup reads the active tab's profile.
    expect(await host.pages().currentPageTags()).toMatchObject({ slug: 'ines-r', tags: page?.tags });
  });

  it('drops a report that is not its tab’s page: another person, another kind, a frame, no tab', async () => {
    const { host, tab, tabBadge } = await setup();
    await tab(7, URL_OF('kai-m')).reportPage(profileReport('ines-r'));
    await tab(7, URL_OF('ines-r')).reportPage(profileReport('ines-r', { url: URL_OF('kai-m') }));
    await tab(7, LIST_URL).reportPage(profileReport('ines-r', { url: LIST_URL }));
    await tab(7, URL_OF('ines-r'), 3).reportPage(profileReport('ines-r'));
    await host.content({}).reportPage(profileReport('ines-r'));
    await tab(7, 'https://www.linkedin.com/feed/').reportPage(profileReport('ines-r'));
    expect(await host.pages().tabPage(7)).toBeNull();
    expect(tabBadge(7)).toBeUndefined();
  });

  it('a rejected tag is gone from the tab at once, and from its badge', async () => {
    const { host, tab, tabBadge, pushed } = await setup();
    await tab(7, URL_OF('ines-r')).reportPage(profileReport('ines-r'));
    const before = (await host.pages().tabPage(7))!.tags.length;
    pushed.length = 0;
    await host.pages().feedback('ines-r', 'project-feedback', 'reject');
    const after = (await host.pages().tabPage(7))!;
    expect(after.tags.map((t) => t.need)).not.toContain('project-feedback');
    expect(after.tags.length).toBe(before - 1);
    expect(tabBadge(7)).toBe(after.tags.length ? String(after.tags.length) : null);
    expect(pushed).toContainEqual({ constellation: 1, tabPage: 7 });
  });

  it('saving the person shows their stage in the tab’s state', async () => {
    const { host, tab } = await setup();
    await tab(7, URL_OF('ines-r')).reportPage(profileReport('ines-r'));
    expect((await host.pages().tabPage(7))?.person).toBeNull();
    await host.pages().savePerson(profile('ines-r'), ['project-feedback']);
    expect((await host.pages().tabPage(7))?.person).toMatchObject({ slug: 'ines-r', stage: 'identified' });
  });

  it('in the page display the badge leaves the count to the panel on the page', async () => {
    const { host, tab, tabBadge } = await setup('page');
    await tab(7, URL_OF('ines-r')).reportPage(profileReport('ines-r'));
    expect((await host.pages().tabPage(7))?.tags.length).toBeGreaterThan(0);
    expect(tabBadge(7)).toBeNull();
  });

  it('a list: every card tagged, rejections applied, saved people’s stages, no badge count', async () => {
    const { host, tab, tabBadge } = await setup();
    const cards = [
      card('ana-p', 'Organiser of a data science meetup'),
      card('ana-q', 'Organiser of a data science meetup'),
      // "risk models" alone is the insurance near miss of issue 16: the ask's own subject is clinical.
      card('bo-l', 'Statistician working on clinical risk models'),
      card('cy-d', 'Sales'),
    ];
    await host.pages().feedback('ana-p', 'community', 'reject');
    await host.pages().savePerson({ slug: 'bo-l', name: 'Card bo-l' }, []);
    const report: PageReport = {
      url: LIST_URL,
      kind: 'people-list',
      profile: null,
      missing: [],
      cards,
      own: false,
    };
    await tab(9, LIST_URL).reportPage(report);
    const page = (await host.pages().tabPage(9))!;
    expect(Object.keys(page.cards).sort()).toEqual(['ana-p', 'ana-q', 'bo-l', 'cy-d']);
    expect(page.cards['ana-q']?.tags.map((t) => t.need)).toContain('community');
    expect(page.cards['ana-p']?.tags.map((t) => t.need)).not.toContain('community');
    expect(page.cards['bo-l']?.tags.map((t) => t.need)).toContain('project-feedback');
    expect(page.stages).toEqual({ 'bo-l': 'identified' });
    expect(tabBadge(9)).toBeNull();
  });

  it('forgets a tab that navigates to another page or closes; keeps it on the same page', async () => {
    const { host, tab, tabBadge, pushed } = await setup();
    await tab(7, URL_OF('ines-r')).reportPage(profileReport('ines-r'));
    await host.tabPages.navigated(7, `${URL_OF('ines-r')}overlay/contact-info/`);
    expect(await host.pages().tabPage(7)).not.toBeNull();
    pushed.length = 0;
    await host.tabPages.navigated(7, URL_OF('kai-m'));
    expect(await host.pages().tabPage(7)).toBeNull();
    expect(tabBadge(7)).toBeNull();
    expect(pushed).toEqual([{ constellation: 1, tabPage: 7 }]);

    await tab(7, URL_OF('ines-r')).reportPage(profileReport('ines-r'));
    await host.tabPages.navigated(7, undefined); // left LinkedIn: the browser hides the URL
    expect(await host.pages().tabPage(7)).toBeNull();

    await tab(7, URL_OF('ines-r')).reportPage(profileReport('ines-r'));
    await tab(7, URL_OF('ines-r')).reportPage(null);
    expect(await host.pages().tabPage(7)).toBeNull();

    await tab(7, URL_OF('ines-r')).reportPage(profileReport('ines-r'));
    await host.tabPages.forget(7, true);
    expect(await host.pages().tabPage(7)).toBeNull();
  });

  it('two reports in a burst: the later one is the tab’s state, whichever is tagged first', async () => {
    const { host, tab } = await setup();
    const api = tab(7, URL_OF('ines-r'));
    const first = profileReport('ines-r', { missing: ['about'] });
    const second = profileReport('ines-r', { cards: [card('side-card', 'Community organiser')] });
    await Promise.all([api.reportPage(first), api.reportPage(second)]);
    expect((await host.pages().tabPage(7))?.report).toEqual(second);
  });

  it('an unreadable profile and the viewer’s own are kept untagged (the side panel says so)', async () => {
    const { host, tab, tabBadge } = await setup();
    const unread = profileReport('ines-r', {
      profile: { ...profile('ines-r'), name: null },
      missing: ['name'],
    });
    await tab(7, URL_OF('ines-r')).reportPage(unread);
    expect(await host.pages().tabPage(7)).toMatchObject({ tags: [], report: { missing: ['name'] } });
    expect(tabBadge(7)).toBeNull();
    await tab(8, URL_OF('me-myself')).reportPage(profileReport('me-myself', { own: true }));
    expect(await host.pages().tabPage(8)).toMatchObject({ tags: [], labels: [], report: { own: true } });
  });
});

// A page is read only when someone can see it (issue 15): the page start says so, and a side panel
// that starts showing a tab wakes that tab's content script.
describe('who wants a page read', () => {
  const WANTED = { constellation: 1, wanted: true };

  it('unpinned button, no side panel: the page start says wait; a panel on the tab wakes it', async () => {
    const { host, tab, toolbar, calls } = await setup();
    toolbar.pinned = false;
    expect(await tab(7, URL_OF('ana-ruiz')).pageStart(false)).toMatchObject({ read: false });
    const panel = {};
    host.tabPages.follow(panel, 7);
    expect(calls.told).toEqual([{ tabId: 7, message: WANTED }]);
    // Said again for the same tab (every reload of the panel's view): no second wake.
    host.tabPages.follow(panel, 7);
    expect(calls.told).toHaveLength(1);
    expect(await tab(7, URL_OF('ana-ruiz')).pageStart(false)).toMatchObject({ read: true });
    // Another tab is not the followed one.
    expect(await tab(8, URL_OF('ben-ode')).pageStart(false)).toMatchObject({ read: false });
    host.tabPages.leave(panel);
    expect(await tab(7, URL_OF('ana-ruiz')).pageStart(false)).toMatchObject({ read: false });
  });

  it('a tab already read is not woken again; a panel showing no tab wakes nobody', async () => {
    const { host, tab, toolbar, calls } = await setup();
    toolbar.pinned = false;
    await tab(7, URL_OF('ana-ruiz')).reportPage(profileReport('ana-ruiz'));
    host.tabPages.follow({}, 7);
    host.tabPages.follow({}, null);
    expect(calls.told).toEqual([]);
  });

  it('a pinned button shows the badge: every profile is read; the page display always reads', async () => {
    const { store, tab, toolbar } = await setup();
    expect(await tab(7, URL_OF('ana-ruiz')).pageStart(false)).toMatchObject({ read: true });
    // A list has no count for the badge: only a side panel on it wants it read.
    expect(await tab(7, LIST_URL).pageStart(false)).toMatchObject({ read: false });
    toolbar.pinned = false;
    await store.saveSettings({ display: 'page' });
    expect(await tab(7, URL_OF('ana-ruiz')).pageStart(false)).toMatchObject({ read: true });
    expect(await tab(7, LIST_URL).pageStart(false)).toMatchObject({ read: true });
  });

  it('the popup asks the active tab to read and answers once it has, or after a wait', async () => {
    const { host, tab, toolbar, calls } = await setup();
    toolbar.pinned = false;
    const asked = host.pages().currentPageTags();
    await vi.waitFor(() => expect(calls.told).toEqual([{ tabId: 7, message: WANTED }]));
    await tab(7, URL_OF('ana-ruiz')).reportPage(profileReport('ana-ruiz'));
    expect(await asked).toMatchObject({ slug: 'ana-ruiz' });
    // A tab with no content script never answers: the popup gets null, not a hang.
    const { host: other } = await setup();
    expect(await other.pages().currentPageTags()).toBeNull();
  });

  it('Chrome runs the script by itself only while a page load may be read', async () => {
    const { host, store, toolbar, registry } = await setup();
    toolbar.pinned = false;
    await host.tabPages.syncScript();
    expect(registry.changes).toEqual([]); // was off, stays off: nobody can see a read
    const panel = {};
    host.tabPages.follow(panel, 7);
    await host.tabPages.syncScript();
    expect(registry.on).toBe(true);
    host.tabPages.leave(panel);
    await host.tabPages.syncScript();
    expect(registry.on).toBe(false);
    toolbar.pinned = true; // the badge shows a profile's count
    await host.tabPages.syncScript();
    expect(registry.on).toBe(true);
    toolbar.pinned = false;
    await host.pages().saveSettings({ display: 'page' });
    await host.tabPages.syncScript();
    expect(registry.on).toBe(true);
    await store.saveSettings({ display: 'side-panel' });
    await host.tabPages.syncScript();
    expect(registry.changes).toEqual([true, false, true, false]); // on with the panel, off, on with the badge (the page display kept it on), off
  });

  it('a tab without our script that someone asks to read gets one, which reads once', async () => {
    const { host, tab, toolbar, calls, tabUrls, noScript } = await setup();
    toolbar.pinned = false;
    tabUrls.set(7, URL_OF('ana-ruiz'));
    noScript.add(7);
    const asked = host.pages().currentPageTags();
    await vi.waitFor(() =>
      expect(calls.scripts).toEqual([{ tabId: 7, files: ['/linkedin.js', '/page-read.js'] }]),
    );
    // The injected script's page start: read now, though no side panel or badge shows it.
    expect(await tab(7, URL_OF('ana-ruiz')).pageStart(true)).toMatchObject({ read: true });
    await tab(7, URL_OF('ana-ruiz')).reportPage(profileReport('ana-ruiz'));
    expect(await asked).toMatchObject({ slug: 'ana-ruiz' });
    // Its next page is read only if someone can see it.
    expect(await tab(7, URL_OF('ben-ode')).pageStart(false)).toMatchObject({ read: false });
  });

  it('a side panel on another site’s tab, or on LinkedIn’s feed, injects nothing', async () => {
    const { host, toolbar, calls, tabUrls, noScript } = await setup();
    toolbar.pinned = false;
    tabUrls.set(3, 'https://example.com/');
    tabUrls.set(4, 'https://www.linkedin.com/feed/');
    for (const id of [3, 4, 5]) noScript.add(id); // 5: a tab whose URL we may not see
    for (const id of [3, 4, 5]) host.tabPages.follow({}, id);
    await vi.waitFor(() => expect(calls.told).toHaveLength(3));
    await host.tabPages.syncScript();
    expect(calls.scripts).toEqual([]);
  });
});
