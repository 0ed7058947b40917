import { browser } from 'wxt/browser';

/** What the background sends a LinkedIn tab when its URL changes: `{constellation: 1, navigated}`. */
export interface NavigatedMessage {
  constellation: 1;
  navigated: string;
}

export function navigatedUrl(message: unknown): string | null {
  if (!message || typeof message !== 'object') return null;
  const { constellation, navigated } = message as Partial<NavigatedMessage>;
  return constellation === 1 && typeof navigated === 'string' && navigated.length < 4096 ? navigated : null;
}

/**
 * LinkedIn is a single-page app: the background follows the tab's URL (`tabs.onUpdated`) and tells
 * us. No polling and no page-visible listener: between navigations this costs the page nothing.
 * Only our own extension is listened to. Answers `true` (at once, by callback: both browsers take
 * that) so the background knows this tab has us already.
 */
export function onNavigated(handler: (url: string) => void, signal: AbortSignal): void {
  const listener = (message: unknown, sender: { id?: string }, reply: (answer: true) => void) => {
    if (sender.id !== browser.runtime.id) return;
    const url = navigatedUrl(message);
    if (url === null) return;
    reply(true);
    handler(url);
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), {
    once: true,
  });
}
