import { pageRoute, type Route } from '../linkedin-url';

/** The slice of `tabs.onUpdated` a follower looks at. */
export interface TabChange {
  status?: string;
  url?: string;
}

export interface TabsPort {
  /** `tabs.sendMessage` to the tab's top frame; rejects when nothing there listens. */
  tell(tabId: number, message: unknown): Promise<unknown>;
  /** `scripting.executeScript` of the content script and its reader into the tab's top frame. */
  inject(tabId: number): Promise<unknown>;
  /** Whether a page of this kind in this tab is to be read (lib/background/tab-pages.ts `runs`). */
  runs(tabId: number, kind: Route['kind']): Promise<boolean>;
}

/** The content script's file in the build (entrypoints/linkedin.ts). */
export const CONTENT_SCRIPT = '/linkedin.js';
/** The page reader's file in the build (entrypoints/page-read.ts). */
export const PAGE_READER_SCRIPT = '/page-read.js';
/**
 * What the background brings to a page that is to be read: the content script, then its reader,
 * in one go (in this order: a new content script forgets any reader an older copy left), so the
 * read does not wait for the content script to ask for the reader.
 */
export const READING_SCRIPTS = [CONTENT_SCRIPT, PAGE_READER_SCRIPT];

/**
 * Follows LinkedIn tabs for the content script. It runs by itself only on pages loaded at a profile
 * or people list (the manifest in Firefox; in Chrome, registered while a page may be read), so the
 * feed, jobs and messaging carry nothing. LinkedIn then moves between pages with pushState, which
 * the page script cannot hear without polling or a page-visible listener; the browser tells the
 * background instead (host permission gives us the URL of LinkedIn tabs only). On each finished
 * navigation: tell the script where the tab is now, or, if it is not there and the new page is one
 * it serves and someone would see, inject it.
 */
export function createTabFollower(port: TabsPort) {
  return async function onTabUpdated(tabId: number, change: TabChange, tab: TabChange): Promise<void> {
    // Chrome reports a pushState as loading then complete; Firefox as a URL change on a tab that
    // stays complete. Either way we act once the page has settled, never on a half-loaded one.
    const settled = change.status === 'complete' || (change.url !== undefined && tab.status === 'complete');
    const url = tab.url ?? change.url;
    if (!settled || !url?.startsWith('https://www.linkedin.com/')) return;
    const there = await port.tell(tabId, { constellation: 1, navigated: url }).then(
      (answer) => answer === true,
      () => false,
    );
    const { kind } = pageRoute(url);
    if (there || kind === 'other' || !(await port.runs(tabId, kind))) return;
    // A tab closed or navigated meanwhile refuses; the next update tries again.
    await port.inject(tabId).catch(() => {});
  };
}
