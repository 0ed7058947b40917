import { browser } from 'wxt/browser';
import type { Api, ApiMethod, ApiRequest, ApiResponse } from './api';

/**
 * The Api over runtime messages, for the content script, popup and options page. The background
 * validates every request on arrival; errors come back as values and are rethrown here so callers
 * can show them.
 */
export function createClient(): Api {
  const call = async <M extends ApiMethod>(method: M, args: Parameters<Api[M]>) => {
    const request: ApiRequest<M> = { constellation: 1, method, args };
    const response = (await browser.runtime.sendMessage(request)) as ApiResponse<M> | undefined;
    if (!response) throw new Error('Constellation’s background did not answer. Reload the extension.');
    if (!response.ok) throw new Error(response.error);
    return response.value;
  };
  return new Proxy({} as Api, {
    get:
      (_target, method: string) =>
      (...args: unknown[]) =>
        call(method as ApiMethod, args as never),
  });
}

/**
 * Import progress the background posts to extension pages as `{ constellation: 1, progress }`
 * runtime messages while it writes a Connections.csv; returns the unsubscribe.
 */
export function onImportProgress(listener: (done: number, total: number) => void): () => void {
  const handle = (message: unknown) => {
    const p = (message as { constellation?: unknown; progress?: { done?: unknown; total?: unknown } } | null)
      ?.progress;
    if ((message as { constellation?: unknown })?.constellation !== 1 || !p) return;
    if (typeof p.done === 'number' && typeof p.total === 'number') listener(p.done, p.total);
  };
  browser.runtime.onMessage.addListener(handle);
  return () => browser.runtime.onMessage.removeListener(handle);
}
