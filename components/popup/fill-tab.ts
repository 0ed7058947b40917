import { browser } from 'wxt/browser';
import type { FillRequest, FillResult } from '../../lib/injected/fill-box';
import { PagesClient } from '../../lib/messages/pages-client';

export type { FillRequest, FillResult };

/**
 * The active tab when it is a LinkedIn page, else null. Without the "tabs" permission the URL is
 * there only for tabs our LinkedIn host permission reaches.
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

/** Asks the background to fill the message box open in `tabId` (lib/background/fill-message-box.ts). */
export function fillTab(tabId: number, request: FillRequest): Promise<FillResult | null> {
  return new PagesClient().fillMessageBox(tabId, request).catch(() => null);
}
