// The side panel's connection to the background (components/sidepanel/browser-port.ts opens it,
// lib/background/start.ts listens): while it is open, the background knows the panel is there and
// which tab it shows (lib/background/tab-pages.ts reads a page only when someone can see it).

/** The connection's name; its messages are `{ follow: <tabId> | null }`. */
export const SIDE_PANEL_CONNECTION = 'constellation-side-panel';

/** A `{ follow }` message's tab, or undefined when the message is not one. */
export function followedTab(message: unknown): number | null | undefined {
  const follow = (message as { follow?: unknown } | null)?.follow;
  if (follow === null) return null;
  return Number.isSafeInteger(follow) && (follow as number) >= 0 ? (follow as number) : undefined;
}
