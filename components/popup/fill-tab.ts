import { browser } from 'wxt/browser';
import type { FillRequest, FillResult } from '../../lib/content/fill-box';

export type { FillRequest, FillResult };

/**
 * The active tab when it is a LinkedIn page (where our content script runs), else null. Without
 * the "tabs" permission the URL is there only for tabs our LinkedIn host permission reaches.
 */
export async function linkedInTab(): Promise<number | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined || !tab.url) return null;
    return new URL(tab.url).hostname === 'www.linkedin.com' ? tab.id : null;
  } catch {
    return null;
  }
}

/** Asks the content script in `tabId` to fill the open message box; it never sends. */
export async function fillTab(tabId: number, request: FillRequest): Promise<FillResult | null> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, { constellation: 1, fill: request })) as unknown;
    if (!answer || typeof (answer as FillResult).filled !== 'boolean') return null;
    return answer as FillResult;
  } catch {
    // No content script in that tab (opened before the extension was installed or updated).
    return null;
  }
}
