import { browser } from 'wxt/browser';
import { takeEarly } from './early-asks';

// One call across the process boundary, as runtime messages carry it. The router
// (lib/background/router.ts) answers `{ ok, value }` or `{ ok: false, error }`.

export interface CallMessage {
  /** Marks our own messages; anything else arriving at the background is ignored. */
  constellation: 1;
  method: string;
  args: unknown[];
}

export type CallAnswer<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

/** Sends one call to the background and returns its value; its error is rethrown to show. */
export async function send<T>(method: string, args: unknown[]): Promise<T> {
  const message: CallMessage = { constellation: 1, method, args };
  const answer = (await (takeEarly(method, args) ?? browser.runtime.sendMessage(message))) as
    | CallAnswer<T>
    | undefined;
  if (!answer) throw new Error('Constellation’s background did not answer. Reload the extension.');
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}
