import { browser } from 'wxt/browser';
import { takeEarly } from '../../lib/messages/early-asks';
import { SIDE_PANEL_CONNECTION } from '../../lib/messages/side-panel-connection';
import type { SidePanelPort, TabInfo } from './side-panel-port';

/**
 * The side panel's browser: `tabs` events for following the active tab (in-page navigation shows
 * as a URL change of the tab), runtime messages for the background's pushes. No "tabs" permission:
 * the URL is visible for LinkedIn tabs (host permission), which is where it matters.
 */
export function browserPort(pinned: number | null): SidePanelPort {
  const windowId = pinned === null ? browser.windows.getCurrent().then((w) => w.id ?? null) : null;
  const info = (tab: { id?: number; url?: string } | undefined): TabInfo | null =>
    tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
  // One connection while the panel is open: the background knows the panel is there (and which tab
  // it shows) until it disconnects. A restarted service worker drops it: connect again, say it again.
  let connection: ReturnType<typeof browser.runtime.connect> | null = null;
  let followed: number | null = null;
  const say = () => {
    if (!connection) {
      connection = browser.runtime.connect({ name: SIDE_PANEL_CONNECTION });
      connection.onDisconnect.addListener(() => {
        connection = null;
        setTimeout(say, 100);
      });
    }
    connection.postMessage({ follow: followed });
  };
  return {
    pinned,
    follow(tabId) {
      if (tabId === followed && connection) return;
      followed = tabId;
      say();
    },
    async current() {
      if (pinned !== null) {
        const early = takeEarly('tabs.get', [pinned]) as ReturnType<typeof browser.tabs.get> | undefined;
        return (early ?? browser.tabs.get(pinned)).then(info, () => null);
      }
      const id = await windowId;
      if (id === null) return null;
      const [tab] = await browser.tabs.query({ active: true, windowId: id });
      return info(tab);
    },
    onTabChange(listener) {
      const activated = (active: { tabId: number; windowId: number }) => {
        if (pinned === null) void windowId?.then((id) => id === active.windowId && listener());
      };
      const updated = (tabId: number, change: { url?: string; status?: string }) => {
        if ((pinned === null || tabId === pinned) && (change.url !== undefined || change.status)) listener();
      };
      const removed = (tabId: number) => {
        if (pinned === null || tabId === pinned) listener();
      };
      browser.tabs.onActivated.addListener(activated);
      browser.tabs.onUpdated.addListener(updated);
      browser.tabs.onRemoved.addListener(removed);
      return () => {
        browser.tabs.onActivated.removeListener(activated);
        browser.tabs.onUpdated.removeListener(updated);
        browser.tabs.onRemoved.removeListener(removed);
      };
    },
    onTabPage(listener) {
      const handle = (message: unknown) => {
        const m = message as { constellation?: unknown; tabPage?: unknown } | null;
        if (m?.constellation === 1 && typeof m.tabPage === 'number') listener(m.tabPage);
      };
      browser.runtime.onMessage.addListener(handle);
      return () => browser.runtime.onMessage.removeListener(handle);
    },
    async openInTab(tabId, url) {
      await browser.tabs.update(tabId, { url });
    },
    copy: (text) =>
      navigator.clipboard.writeText(text).then(
        () => true,
        () => false,
      ),
  };
}
