import type { Api, PageReport } from '../api';
import type { FillRequest } from '../content/fill-box';
import { PAGE_STYLES } from '../content/ui/styles';
import type { NeedId } from '../domain';
import type { Store } from '../store/store';
import { showFollowUps } from './badge';
import { diagnoseTab } from './diagnose-tab';
import { fillMessageBoxIn } from './fill-message-box';
import { notificationIcon } from './icon';
import { followUpKey, type NotifyState, notificationText, shouldNotify } from './notify-rule';
import type { BrowserPort } from './port';
import type { Sender } from './router';
import { TabPages } from './tab-pages';

/** After these the follow-ups count may have changed. */
const CHANGES_FOLLOW_UPS = new Set<keyof Api>([
  'savePerson',
  'moveStage',
  'logTouch',
  'importFile',
  'saveSettings',
]);

/** After these the tabs' tags, stages or badges may have changed: the side panel is told. */
const CHANGES_TAB_PAGES = new Set<keyof Api>([
  'savePerson',
  'moveStage',
  'importFile',
  'saveSettings',
  'feedback',
  'saveNeeds',
  'saveSelf',
  'deleteNeed',
]);

/**
 * The background's side of the Api: the Store for data, and the browser for what only the
 * background can do (the badge, tabs, notifications) and each tab's page (lib/background/tab-pages.ts).
 */
export class BackgroundHost {
  readonly tabPages: TabPages;

  constructor(
    readonly store: Store,
    private readonly port: BrowserPort,
  ) {
    this.tabPages = new TabPages(store, port);
  }

  /** The Api as seen by one sender. */
  apiFor(sender: Sender): Api {
    const tabId = sender.tab?.id;
    const host = this;
    return new Proxy(this.store as unknown as Api, {
      get(target, prop: string) {
        if (prop === 'reportPage') return (report: PageReport | null) => host.tabPages.report(sender, report);
        if (prop === 'tabPage') return async (id: number) => host.tabPages.get(id);
        if (prop === 'currentPageTags') return () => host.tabPages.current();
        if (prop === 'pageStart')
          return async (withUi: boolean) => {
            const start = await host.store.pageStart(withUi);
            return start.ui ? { ...start, ui: { ...start.ui, ...PAGE_STYLES } } : start;
          };
        if (prop === 'openDrafter')
          return (slug: string, need: NeedId | null) => host.openDrafter(slug, need);
        if (prop === 'openNeedsMap') return () => host.port.runtime.openOptionsPage();
        if (prop === 'diagnosePage') return () => diagnoseTab(host.port.scripting, tabId);
        if (prop === 'diagnoseTab') return (id: number) => diagnoseTab(host.port.scripting, id);
        if (prop === 'fillMessageBox')
          return (tabId: number, request: FillRequest) =>
            fillMessageBoxIn(host.port.scripting, tabId, request);
        if (prop === 'importFile')
          return (name: string, text: string, options = {}) =>
            host.store
              .importFile(name, text, { ...options, onProgress: (done, total) => host.progress(done, total) })
              .finally(() => host.changed('importFile'));
        const value = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        const method = prop as keyof Api;
        if (!CHANGES_FOLLOW_UPS.has(method) && !CHANGES_TAB_PAGES.has(method)) return value.bind(target);
        return (...args: unknown[]) =>
          (value.apply(target, args) as Promise<unknown>).finally(() => host.changed(method));
      },
    });
  }

  /** After a write: the badge's follow-ups, and the tabs' tags when the write can change them. */
  async changed(method: keyof Api): Promise<void> {
    await Promise.all([
      CHANGES_FOLLOW_UPS.has(method) ? this.refresh() : null,
      CHANGES_TAB_PAGES.has(method) ? this.tabPages.retagAll() : null,
    ]);
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
