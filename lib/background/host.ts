import type { Api, PageTags } from '../api';
import type { FillRequest } from '../content/fill-box';
import { PAGE_STYLES } from '../content/ui/styles';
import type { NeedId } from '../domain';
import type { Store } from '../store/store';
import { showFollowUps, showPageTags } from './badge';
import { diagnoseTab } from './diagnose-tab';
import { fillMessageBoxIn } from './fill-message-box';
import { notificationIcon } from './icon';
import { followUpKey, type NotifyState, notificationText, shouldNotify } from './notify-rule';
import type { BrowserPort } from './port';
import type { Sender } from './router';

/** After these the follow-ups count may have changed. */
const CHANGES_FOLLOW_UPS = new Set<keyof Api>([
  'savePerson',
  'moveStage',
  'logTouch',
  'importFile',
  'saveSettings',
]);

/**
 * The background's side of the Api: the Store for data, and the browser for what only the
 * background can do (the badge, tabs, notifications). Page tags live in memory per tab: the content
 * script reports them again on every page, and a restarted worker simply starts empty.
 */
export class BackgroundHost {
  private readonly pageTags = new Map<number, PageTags>();

  constructor(
    readonly store: Store,
    private readonly port: BrowserPort,
  ) {}

  /** The Api as seen by one sender. */
  apiFor(sender: Sender): Api {
    const tabId = sender.tab?.id;
    const host = this;
    return new Proxy(this.store as unknown as Api, {
      get(target, prop: string) {
        if (prop === 'setPageTags') return (page: PageTags | null) => host.setPageTags(tabId, page);
        if (prop === 'currentPageTags') return () => host.currentPageTags();
        if (prop === 'pageStart')
          return async (withUi: boolean) => {
            const start = await host.store.pageStart(withUi);
            return start.ui ? { ...start, ui: { ...start.ui, ...PAGE_STYLES } } : start;
          };
        if (prop === 'openDrafter')
          return (slug: string, need: NeedId | null) => host.openDrafter(slug, need);
        if (prop === 'openNeedsMap') return () => host.port.runtime.openOptionsPage();
        if (prop === 'diagnosePage') return () => diagnoseTab(host.port.scripting, tabId);
        if (prop === 'fillMessageBox')
          return (tabId: number, request: FillRequest) =>
            fillMessageBoxIn(host.port.scripting, tabId, request);
        if (prop === 'importFile')
          return (name: string, text: string, options = {}) =>
            host.store
              .importFile(name, text, { ...options, onProgress: (done, total) => host.progress(done, total) })
              .finally(() => host.refresh());
        const value = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        if (!CHANGES_FOLLOW_UPS.has(prop as keyof Api)) return value.bind(target);
        return (...args: unknown[]) =>
          (value.apply(target, args) as Promise<unknown>).finally(() => host.refresh());
      },
    });
  }

  async setPageTags(tabId: number | undefined, page: PageTags | null): Promise<void> {
    if (tabId === undefined) return;
    if (page) this.pageTags.set(tabId, page);
    else this.pageTags.delete(tabId);
    const { settings } = await this.store.getConfig();
    await showPageTags(this.port, tabId, settings.quietMode ? page : null);
  }

  async currentPageTags(): Promise<PageTags | null> {
    const [tab] = await this.port.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? null : (this.pageTags.get(tab.id) ?? null);
  }

  forgetTab(tabId: number): void {
    this.pageTags.delete(tabId);
  }

  async openDrafter(slug: string, need: NeedId | null): Promise<void> {
    const query = new URLSearchParams({ slug, ...(need ? { need } : {}) });
    await this.port.tabs.create({ url: this.port.runtime.getURL(`/popup.html#draft?${query}`) });
  }

  /** Import progress to our pages; nobody listening is fine. */
  progress(done: number, total: number): void {
    this.port.runtime.sendMessage({ constellation: 1, progress: { done, total } }).catch(() => {});
  }

  /** The badge from the follow-ups due now; a reminder too when one is new (and the user wants them). */
  async refresh(notify = false, now = this.store.now()): Promise<number> {
    const due = await this.store.followUps(now.toISOString());
    await showFollowUps(this.port, due.length);
    if (!notify || !this.port.notifications) return due.length;
    const { settings } = await this.store.getConfig();
    const meta = await this.store.meta();
    const last = (meta.notified as NotifyState | undefined) ?? { at: null, keys: [] };
    if (!settings.notifications || !shouldNotify(due, last, now)) return due.length;
    const { title, message } = notificationText(due);
    await this.port.notifications.create('constellation-follow-ups', {
      type: 'basic',
      iconUrl: notificationIcon(this.port.runtime),
      title,
      message,
    });
    await this.store.saveMeta({ notified: { at: now.toISOString(), keys: due.map(followUpKey) } });
    return due.length;
  }
}
