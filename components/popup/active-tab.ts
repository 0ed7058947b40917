import { browser } from 'wxt/browser';

/**
 * The active tab's URL. The popup has no "tabs" permission: the URL comes back only for tabs the
 * manifest's LinkedIn host permission reaches, which is exactly when the popup needs it.
 */
export async function activeTabUrl(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url ?? null;
}
