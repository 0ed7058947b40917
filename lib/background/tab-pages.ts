import type { Stage } from '../domain';
import { pageRoute, type Route, sameRoute } from '../linkedin-url';
import type { PageReport, PageTags, TabPage } from '../page-report';
import type { Store } from '../store/store';
import { showPageTags } from './badge';
import { type Registrar, registrar } from './content-scripts';
import type { BrowserPort } from './port';
import type { Sender } from './router';
import { READING_SCRIPTS } from './tabs';

/** How long the popup waits for a tab it asked to read; a tab with no content script never answers. */
const POPUP_WAIT_MS = 600;

/**
 * Each tab's page as its content script reported it, tagged (issue 15). The state is in memory:
 * the content script reports again on every page, and a restarted worker simply starts empty.
 * Each change is pushed to our pages as `{ constellation: 1, tabPage: <tabId> }` (the side panel
 * reads the tab again), and the tab's badge shows the profile's count in the side-panel display.
 */
export class TabPages {
  private readonly pages = new Map<number, TabPage>();
  /** Bumped on every report and forget: a slower tagging of an older report is dropped. */
  private readonly turns = new Map<number, number>();
  /** Our open side panels, each with the tab it follows (null: none, such as a non-LinkedIn tab). */
  private readonly panels = new Map<object, number | null>();
  /** Who waits for a tab's next page (the popup, after asking a tab to read). */
  private readonly waiting = new Map<number, Set<() => void>>();
  /** Tabs asked to read that had no content script: the one injected there reads at once. */
  private readonly asked = new Set<number>();
  /** Chrome's registration of the content script, brought to what a call asks, one at a time. */
  private readonly register: Registrar;

  constructor(
    private readonly store: Store,
    private readonly port: BrowserPort,
  ) {
    this.register = registrar(port.contentScripts);
  }

  /**
   * A report from a content script: bound to the sender's tab, kept only if it is that tab's page.
   * Returns the page tagged (null: not kept), which the page display draws.
   */
  async report(sender: Sender, report: PageReport | null): Promise<TabPage | null> {
    const tabId = sender.tab?.id;
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return null;
    if (!report) {
      await this.forget(tabId);
      return null;
    }
    // A report for another page (a stale one after a quick navigation, or a forged one) is not
    // this tab's: the tab's own URL, which the browser gives, decides.
    if (!fitsTab(report, sender.tab?.url)) return null;
    return this.keep(tabId, report);
  }

  get(tabId: number): TabPage | null {
    return this.pages.get(tabId) ?? null;
  }

  /**
   * In the side-panel display a content script reads its page only when someone can see the result
   * (PageStart.read): a side panel following the tab, or, on a profile, the toolbar badge where the
   * user pinned our button (a list has no count to show), or the popup that asked for this page.
   * Where nobody can, Chrome's pages get no script at all (`syncScript`), and Firefox's only its
   * start (BENCHMARKS.md, page-cost).
   */
  async wanted(tabId: number, kind: Route['kind']): Promise<boolean> {
    return this.asked.delete(tabId) || this.watched(tabId, kind);
  }

  /** Whether a page of this kind loaded in this tab is read: the follower brings the script to it. */
  async runs(tabId: number, kind: Route['kind']): Promise<boolean> {
    if (kind === 'other') return false;
    const { settings } = await this.store.getConfig();
    return settings.display === 'page' || this.watched(tabId, kind);
  }

  private async watched(tabId: number, kind: Route['kind']): Promise<boolean> {
    if ([...this.panels.values()].includes(tabId)) return true;
    return kind === 'profile' && this.badgeShows();
  }

  private async badgeShows(): Promise<boolean> {
    const settings = await this.port.action.getUserSettings?.().catch(() => null);
    return settings?.isOnToolbar ?? true;
  }

  /**
   * Keeps Chrome running the content script by itself on LinkedIn's profiles and lists exactly
   * while a page loaded there may be read: a side panel is open, the page display is on, or our
   * badge shows. Otherwise a LinkedIn page carries nothing of ours until someone asks for it
   * (`wake`). Firefox's manifest declares the script (and its badge always shows).
   */
  syncScript(): Promise<void> {
    return this.register(async () => {
      const { settings } = await this.store.getConfig();
      return this.panels.size > 0 || settings.display === 'page' || this.badgeShows();
    });
  }

  /** A side panel shows `tabId` now: its content script reads, if it has not yet. */
  follow(panel: object, tabId: number | null): void {
    const opened = !this.panels.has(panel);
    const before = this.panels.get(panel);
    this.panels.set(panel, tabId);
    if (opened) void this.syncScript();
    if (tabId !== null && tabId !== before) void this.wake(tabId);
  }

  /** A side panel closed. */
  leave(panel: object): void {
    if (this.panels.delete(panel)) void this.syncScript();
  }

  /**
   * Asks the tab's content script to read its page, unless we have it already; a profile or list
   * without one (nobody wanted its pages read until now) gets one, asked to read. Resolves whether
   * a script there took the request; a tab of another site is fine.
   */
  private async wake(tabId: number): Promise<boolean> {
    if (this.pages.has(tabId) || !this.port.tabs.sendMessage) return false;
    const message = { constellation: 1, wanted: true };
    const answer = await this.port.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => false);
    if (answer === true) return true;
    const url = (await this.port.tabs.get?.(tabId).catch(() => null))?.url;
    if (!url || pageRoute(url).kind === 'other') return false;
    this.asked.add(tabId);
    const injection = { target: { tabId, frameIds: [0] }, files: READING_SCRIPTS };
    try {
      await this.port.scripting.executeScript(injection);
      return true;
    } catch {
      this.asked.delete(tabId); // closed or navigated meanwhile
      return false;
    }
  }

  /** The tab's page as soon as it is kept, or null after `ms`. */
  private next(tabId: number, ms: number): Promise<TabPage | null> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.get(tabId)?.delete(done);
        resolve(this.pages.get(tabId) ?? null);
      };
      const timer = setTimeout(done, ms);
      const set = this.waiting.get(tabId) ?? new Set();
      set.add(done);
      this.waiting.set(tabId, set);
    });
  }

  /**
   * The profile in the active tab, for the popup. A tab nobody had wanted read yet is asked to
   * read now, and answered once it did (a cold read and its tagging take tens of milliseconds).
   */
  async current(): Promise<PageTags | null> {
    const [tab] = await this.port.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id !== undefined && !this.pages.has(tab.id)) {
      // Waited for only where a content script took the request (not on other sites' tabs), and
      // listened for before asking, so a fast report is not missed.
      const next = this.next(tab.id, POPUP_WAIT_MS);
      if (await this.wake(tab.id)) await next;
    }
    const page = tab?.id === undefined ? null : this.pages.get(tab.id);
    const profile = page?.report.profile;
    if (!page || !profile?.name || page.report.own) return null;
    return { slug: profile.slug, name: profile.name, tags: page.tags, labels: page.labels };
  }

  /** The tab left the page (or closed): its state, badge and side panel view go. */
  async forget(tabId: number, closed = false): Promise<void> {
    this.turns.set(tabId, (this.turns.get(tabId) ?? 0) + 1);
    const had = this.pages.delete(tabId);
    if (closed) this.turns.delete(tabId);
    if (!had) return;
    if (!closed) await showPageTags(this.port, tabId, null).catch(() => {});
    this.push(tabId);
  }

  /** The tab's URL changed (or it started loading one we may not see): forget a page it left. */
  async navigated(tabId: number, url: string | undefined): Promise<void> {
    const page = this.pages.get(tabId);
    if (!page) return;
    if (url && sameRoute(pageRoute(page.report.url), pageRoute(url))) return;
    await this.forget(tabId);
  }

  /** Tags again after a change to needs, rejections, settings or the pipeline. */
  async retagAll(): Promise<void> {
    void this.syncScript(); // the display may have changed
    await Promise.all([...this.pages].map(([tabId, page]) => this.keep(tabId, page.report)));
  }

  private async keep(tabId: number, report: PageReport): Promise<TabPage> {
    const turn = (this.turns.get(tabId) ?? 0) + 1;
    this.turns.set(tabId, turn);
    const [page, { settings }] = await Promise.all([
      tagReport(this.store, tabId, report),
      this.store.getConfig(),
    ]);
    // A newer report (or a forget) came in while this one was tagged: it is the tab's page now.
    if (this.turns.get(tabId) !== turn) return page;
    this.pages.set(tabId, page);
    for (const done of [...(this.waiting.get(tabId) ?? [])]) done();
    const counted = settings.display === 'side-panel' && report.kind === 'profile';
    await showPageTags(this.port, tabId, counted ? page : null).catch(() => {});
    this.push(tabId);
    return page;
  }

  /** Our pages listening re-read the tab; nobody listening is fine. */
  private push(tabId: number): void {
    this.port.runtime.sendMessage({ constellation: 1, tabPage: tabId }).catch(() => {});
  }
}

/** A report belongs to a tab when it reads the page the tab's URL names (same route, same person). */
export function fitsTab(report: PageReport, tabUrl: string | undefined): boolean {
  if (!tabUrl) return false;
  const tab = pageRoute(tabUrl);
  if (tab.kind !== report.kind || !sameRoute(tab, pageRoute(report.url))) return false;
  return tab.kind !== 'profile' || !report.profile || report.profile.slug === tab.slug;
}

/** The report tagged: the profile (unless unreadable or the viewer's own) and every card. */
export async function tagReport(store: Store, tabId: number, report: PageReport): Promise<TabPage> {
  const profile = report.profile?.name && !report.own ? report.profile : null;
  const [tagged, cards, people] = await Promise.all([
    profile ? store.tagProfile(profile) : null,
    report.cards.length ? store.tagCards(report.cards) : {},
    report.cards.length ? store.listPeople() : [],
  ]);
  const onPage = new Set(report.cards.map((c) => c.slug));
  const stages: Record<string, Stage> = {};
  for (const p of people) if (onPage.has(p.slug)) stages[p.slug] = p.stage;
  return {
    tabId,
    report,
    tags: tagged?.tags ?? [],
    labels: tagged?.labels ?? [],
    person: tagged?.person ?? null,
    cards,
    stages,
  };
}
