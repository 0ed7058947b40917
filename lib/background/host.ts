import type { NeedId } from '../domain';
import type { Store } from '../store/store';
import { showFollowUps } from './badge';
import { ContentHost } from './content-host';
import { notificationIcon } from './icon';
import { followUpKey, type NotifyState, notificationText, shouldNotify } from './notify-rule';
import { PagesHost } from './pages-host';
import type { BrowserPort } from './port';
import type { Audiences, Sender } from './router';
import type { Changes, HostServices } from './services';
import { TabPages } from './tab-pages';

/**
 * The background: the Store for data, the browser for what only the background can do (the badge,
 * tabs, notifications) and each tab's page (tab-pages.ts). Our pages are answered by PagesHost,
 * each content script by a ContentHost bound to its sender (the router picks which).
 */
export class BackgroundHost implements Audiences, HostServices {
  readonly tabPages: TabPages;
  private readonly pagesHost: PagesHost;

  constructor(
    readonly store: Store,
    readonly port: BrowserPort,
  ) {
    this.tabPages = new TabPages(store, port);
    this.pagesHost = new PagesHost(this);
  }

  /** The pages contract, for any of our own pages. */
  pages = (_sender?: Sender): PagesHost => this.pagesHost;

  /** The content contract, for one content script. */
  content = (sender: Sender): ContentHost => new ContentHost(this, sender);

  /** `work`, then (whether it worked or not) what it may have changed. */
  async after<T>(work: Promise<T>, changes: Changes): Promise<T> {
    try {
      return await work;
    } finally {
      await Promise.all([
        changes.followUps ? this.refresh() : null,
        changes.tabs ? this.tabPages.retagAll() : null,
      ]);
      // Another options tab takes what changed (issue 14); nobody listening is fine.
      if (changes.config)
        this.port.runtime.sendMessage({ constellation: 1, configChanged: true }).catch(() => {});
    }
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
