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

/** What the background sends a tab whose page someone now wants to see (a side panel opened on it). */
export interface WantedMessage {
  constellation: 1;
  wanted: true;
}

function isWanted(message: unknown): boolean {
  const m = message as Partial<WantedMessage> | null;
  return typeof m === 'object' && m !== null && m.constellation === 1 && m.wanted === true;
}

/**
 * LinkedIn is a single-page app: the background follows the tab's URL (`tabs.onUpdated`) and tells
 * us. No polling and no page-visible listener: between navigations this costs the page nothing.
 * Only our own extension is listened to; it also says when a page's read is wanted. Answers `true`
 * (at once, by callback: both browsers take that) so the background knows this tab has us already.
 */
export function onNavigated(
  handler: (url: string) => void,
  signal: AbortSignal,
  onWanted: () => void = () => {},
): void {
  const listener = (message: unknown, sender: { id?: string }, reply: (answer: true) => void) => {
    if (sender.id !== browser.runtime.id) return;
    if (isWanted(message)) {
      reply(true);
      return onWanted();
    }
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
