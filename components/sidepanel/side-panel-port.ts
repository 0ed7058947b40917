export { pinnedTab } from '../../lib/messages/early-asks';

/** The tab the side panel shows: its id, and its URL when the browser lets us see it (LinkedIn). */
export interface TabInfo {
  id: number;
  url: string | null;
}

/**
 * What the side panel needs of the browser, narrow so component tests pass a fake and the page
 * passes the real one (browser-port.ts). The side panel never touches LinkedIn's page itself: it
 * reads what the background made of it (`tabPage`) and, on the user's click, sends the tab elsewhere.
 */
export interface SidePanelPort {
  /** The tab named by `?tab=<id>`, or null when the panel follows the active tab. */
  readonly pinned: number | null;
  /** The tab shown now: the pinned one (`?tab=<id>`), or the active tab of the panel's window. */
  current(): Promise<TabInfo | null>;
  /**
   * Tells the background which tab the panel shows (null: none), for as long as the panel is open:
   * a LinkedIn page is read only while someone can see it (lib/background/tab-pages.ts).
   */
  follow(tabId: number | null): void;
  /** The tab to show, or its URL, may have changed (another tab activated, a navigation, a close). */
  onTabChange(listener: () => void): () => void;
  /** The background re-tagged a tab's page (`{ constellation: 1, tabPage: <tabId> }`). */
  onTabPage(listener: (tabId: number) => void): () => void;
  /** Sends the tab to `url`, on the user's click (a person on the list: their profile). */
  openInTab(tabId: number, url: string): Promise<void>;
  /** The user's click copies; false when the browser refuses (the text is then shown to copy). */
  copy(text: string): Promise<boolean>;
}
