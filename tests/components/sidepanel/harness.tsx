import { render } from '@testing-library/preact';
import { SidePanel } from '../../../components/sidepanel/SidePanel';
import type { SidePanelPort, TabInfo } from '../../../components/sidepanel/side-panel-port';
import { tagReport } from '../../../lib/background/tab-pages';
import type { Card, Profile } from '../../../lib/domain';
import type { PagesApi } from '../../../lib/messages/pages';
import type { PageReport } from '../../../lib/page-report';
import type { Store } from '../../../lib/store/store';
import { now, type Seed, seededStore } from '../popup/seed';

// The side panel over the real Store (fake-indexeddb): each tab's page is tagged as the
// background tags it (tagReport), and the browser is a fake the test moves between tabs.

export const URL_OF = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

export function profileReport(profile: Profile, over: Partial<PageReport> = {}): PageReport {
  return { url: URL_OF(profile.slug), kind: 'profile', profile, missing: [], cards: [], own: false, ...over };
}

export function listReport(cards: Card[]): PageReport {
  const url = 'https://www.linkedin.com/search/results/people/?keywords=forecasting';
  return { url, kind: 'people-list', profile: null, missing: [], cards, own: false };
}

export const card = (slug: string, headline: string): Card => ({
  slug,
  name: slug.replace(/-/g, ' '),
  headline,
  degree: 2,
  tags: [],
});

/** A browser with tabs the test opens and switches; every change and push is the real event's. */
export class FakeTabs implements SidePanelPort {
  tabs = new Map<number, TabInfo>();
  /** Null: the panel follows the active tab, as an unpinned panel does. */
  pinned: number | null = null;
  reports = new Map<number, PageReport>();
  active: number | null = null;
  opened: { tabId: number; url: string }[] = [];
  copied: string[] = [];
  /** Every tab the panel said it shows, in order (the background reads only a followed tab). */
  followed: (number | null)[] = [];
  clipboard = true;
  private changes = new Set<() => void>();
  private pushes = new Set<(id: number) => void>();

  /** Shows `url` in tab `id` (read by the content script as `report`, if any) and activates it. */
  show(id: number, url: string | null, report: PageReport | null = null) {
    this.tabs.set(id, { id, url });
    if (report) this.reports.set(id, report);
    else this.reports.delete(id);
    this.active = id;
    for (const f of this.changes) f();
  }
  /** The background re-tagged tab `id` (its report changed, or a write changed its tags). */
  push(id: number, report?: PageReport) {
    if (report) this.reports.set(id, report);
    for (const f of this.pushes) f(id);
  }
  follow(tabId: number | null) {
    if (this.followed.at(-1) !== tabId) this.followed.push(tabId);
  }
  async current() {
    const id = this.pinned ?? this.active;
    return id === null ? null : (this.tabs.get(id) ?? null);
  }
  onTabChange(listener: () => void) {
    this.changes.add(listener);
    return () => this.changes.delete(listener);
  }
  onTabPage(listener: (id: number) => void) {
    this.pushes.add(listener);
    return () => this.pushes.delete(listener);
  }
  async openInTab(tabId: number, url: string) {
    this.opened.push({ tabId, url });
  }
  copy = async (text: string) => {
    this.copied.push(text);
    return this.clipboard;
  };
}

/** The Store as the side panel's PagesApi: `tabPage` tags the tab's report, `diagnoseTab` answers `diagnostic`. */
export function panelApi(store: Store, tabs: FakeTabs, diagnostic: string | null = null): PagesApi {
  return new Proxy(store as unknown as PagesApi, {
    get(target, prop: string) {
      if (prop === 'tabPage')
        return async (id: number) => {
          const report = tabs.reports.get(id);
          return report ? tagReport(store, id, report) : null;
        };
      if (prop === 'diagnoseTab') return async () => diagnostic;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export interface PanelSetup {
  seed?: Seed;
  diagnostic?: string | null;
  /** Tabs open before the panel opens. */
  before?: (tabs: FakeTabs) => void;
}

export async function renderPanel({ seed = {}, diagnostic = null, before }: PanelSetup = {}) {
  const store = await seededStore(seed);
  const tabs = new FakeTabs();
  before?.(tabs);
  const api = panelApi(store, tabs, diagnostic);
  return { store, tabs, api, view: render(<SidePanel api={api} port={tabs} now={now} />) };
}
