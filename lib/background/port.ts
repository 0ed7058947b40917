/**
 * The slice of the extension API the background uses, so its logic runs against a fake in tests.
 * `startBackground` passes the real `browser` (Chrome MV3's `action`, Firefox MV2's
 * `browserAction`, whichever exists).
 */
export interface BrowserPort {
  action: {
    setBadgeText(details: { text: string | null; tabId?: number }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void>;
    /** Chrome 91+: whether the user pinned our button, so its badge shows (absent: assume it does). */
    getUserSettings?(): Promise<{ isOnToolbar?: boolean }>;
  };
  tabs: {
    create(props: { url: string }): Promise<unknown>;
    query(query: {
      active: boolean;
      currentWindow?: boolean;
      lastFocusedWindow?: boolean;
    }): Promise<{ id?: number }[]>;
    /** A tab's URL (LinkedIn's only: the host permission), to know whether a script serves it. */
    get?(tabId: number): Promise<{ url?: string }>;
    /** To a tab's content script (top frame); rejects when nothing there listens. */
    sendMessage?(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  runtime: {
    getURL(path: string): string;
    openOptionsPage(): Promise<void>;
    sendMessage(message: unknown): Promise<unknown>;
  };
  scripting: {
    executeScript(injection: {
      target: { tabId: number; frameIds?: number[] };
      files?: string[];
      func?: (...args: never[]) => unknown;
      args?: unknown[];
    }): Promise<{ result?: unknown }[]>;
  };
  /**
   * Chrome: the content script registered to run by itself on LinkedIn's profiles and lists
   * (lib/background/content-scripts.ts). Absent in Firefox, whose manifest declares it.
   */
  contentScripts?: {
    registered(): Promise<boolean>;
    register(): Promise<void>;
    unregister(): Promise<void>;
  };
  notifications?: {
    create(
      id: string,
      options: { type: 'basic'; iconUrl: string; title: string; message: string },
    ): Promise<string>;
  };
}
