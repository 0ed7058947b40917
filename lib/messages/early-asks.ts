import { browser } from 'wxt/browser';

// The side panel's first render waits on three answers from the background (the user's needs, the
// pipeline's first rows, what the tab holds) and on its own code, which takes ~40 ms to arrive
// here. A classic script in the panel's <head> (entrypoints/sidepanel-early.ts) asks the three
// before that code is in; the panel's first calls take those answers instead of asking again.

/** Rows a stage shows before "show more": what the first load asks the store for. */
export const FIRST_ROWS = 8;

const KEY = '__constellationEarlyAsks';
type Asked = Map<string, Promise<unknown>>;
const keyOf = (method: string, args: unknown[]) => `${method}:${JSON.stringify(args)}`;
const asked = () => (globalThis as { [KEY]?: Asked })[KEY];

/** `?tab=<id>` pins the panel to one tab (PRODUCT.md: how checks open it); anything else follows. */
export function pinnedTab(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}

/** Asks what the panel's first render shows, now; `search` is the panel's `location.search`. */
export function askEarly(search: string): void {
  const early: Asked = new Map();
  const keep = (key: string, answer: Promise<unknown>) => {
    // Handled here too: an answer nobody takes (the panel gone first) is no console error.
    answer.catch(() => undefined);
    early.set(key, answer);
  };
  const call = (method: string, args: unknown[]) =>
    keep(keyOf(method, args), browser.runtime.sendMessage({ constellation: 1, method, args }));
  call('getConfig', []);
  call('pipelinePage', [{ limit: FIRST_ROWS }]);
  const tab = pinnedTab(search);
  if (tab !== null) {
    call('tabPage', [tab]);
    keep(keyOf('tabs.get', [tab]), browser.tabs.get(tab));
  }
  (globalThis as { [KEY]?: Asked })[KEY] = early;
}

/**
 * The early answer to `method(...args)`, once (a second call asks afresh: its answer may differ);
 * undefined when it was not asked early. Runtime calls use the wire's names; the tab is `tabs.get`.
 */
export function takeEarly(method: string, args: unknown[]): Promise<unknown> | undefined {
  const early = asked();
  if (!early?.size) return undefined;
  const key = keyOf(method, args);
  const answer = early.get(key);
  early.delete(key);
  return answer;
}
