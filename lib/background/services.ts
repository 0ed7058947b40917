import type { NeedId } from '../domain';
import type { Store } from '../store/store';
import type { BrowserPort } from './port';
import type { TabPages } from './tab-pages';

/** What a write may have changed beyond the store. */
export interface Changes {
  /** The follow-ups due (the badge, reminders). */
  followUps?: boolean;
  /** The tabs' tags or stages (the side panel, the badge, the page display). */
  tabs?: boolean;
  /** The needs, the self-profile or the settings: an options page open elsewhere shows the change. */
  config?: boolean;
}

/**
 * What the background offers the hosts that answer each audience (ContentHost, PagesHost):
 * BackgroundHost implements it, and the hosts see only this, so the three files form no circle.
 */
export interface HostServices {
  readonly store: Store;
  readonly port: BrowserPort;
  readonly tabPages: TabPages;
  /** `work`, then (whether it worked or not) what it may have changed. */
  after<T>(work: Promise<T>, changes: Changes): Promise<T>;
  openDrafter(slug: string, need: NeedId | null): Promise<void>;
  /** Import progress to our pages; nobody listening is fine. */
  progress(done: number, total: number): void;
}
