import type { BrowserPort } from '../../lib/background/port';

/** The browser as the background sees it, recording what it was asked (no real tabs or badge). */
export function fakePort(active = 7) {
  const calls = {
    badge: [] as { text: string | null; tabId?: number }[],
    tabs: [] as string[],
    notes: [] as { title: string; message: string }[],
    sent: [] as unknown[],
    options: 0,
    scripts: [] as { tabId: number; files?: string[] }[],
    /** What the background told tabs' content scripts, by tab. */
    told: [] as { tabId: number; message: unknown }[],
  };
  /** Whether the user pinned our button (its badge shows): `getUserSettings().isOnToolbar`. */
  const toolbar = { pinned: true };
  /** Tabs' URLs as `tabs.get` gives them, and the tabs where no content script of ours listens. */
  const tabUrls = new Map<number, string>();
  const noScript = new Set<number>();
  /** Chrome's run-time registration of the content script: whether it is on, and each change. */
  const registry = { on: false, changes: [] as boolean[] };
  let activeTab = active;
  const port: BrowserPort = {
    action: {
      setBadgeText: async (d) => {
        calls.badge.push(d);
      },
      setBadgeBackgroundColor: async () => {},
      getUserSettings: async () => ({ isOnToolbar: toolbar.pinned }),
    },
    tabs: {
      create: async ({ url }) => calls.tabs.push(url),
      query: async () => [{ id: activeTab }],
      get: async (tabId) => ({ url: tabUrls.get(tabId) }),
      // As a content script there answers a request it takes; nothing listening rejects.
      sendMessage: async (tabId, message) => {
        calls.told.push({ tabId, message });
        if (noScript.has(tabId)) throw new Error('Receiving end does not exist.');
        return true;
      },
    },
    // A fill or a diagnostic needs a real tab: tests/browser. Here the script runs and answers nothing.
    scripting: {
      executeScript: async (injection: { target: { tabId: number }; files?: string[] }) => {
        calls.scripts.push({ tabId: injection.target.tabId, files: injection.files });
        return [];
      },
    },
    runtime: {
      getURL: (p) => `chrome-extension://id${p}`,
      openOptionsPage: async () => {
        calls.options++;
      },
      sendMessage: async (m) => {
        calls.sent.push(m);
        throw new Error('Receiving end does not exist.');
      },
    },
    contentScripts: {
      registered: async () => registry.on,
      register: async () => {
        registry.on = true;
        registry.changes.push(true);
      },
      unregister: async () => {
        registry.on = false;
        registry.changes.push(false);
      },
    },
    notifications: {
      create: async (_id, o) => {
        calls.notes.push(o);
        return 'n';
      },
    },
  };
  const tabBadge = (tabId: number) => calls.badge.filter((b) => b.tabId === tabId).at(-1)?.text;
  return {
    port,
    calls,
    tabBadge,
    toolbar,
    tabUrls,
    noScript,
    registry,
    setActive: (id: number) => (activeTab = id),
  };
}
