import type { ContentApi } from '../messages/content';
import type { Lifetime } from './lifetime';
import type { PanelHost } from './panel-host';
import type { CardsJob } from './tag-cards';

// The page display's drawing code (the panel, the chips, their shadow hosts) is not in the content
// script: only users who opt into the page display need it, and every LinkedIn profile and list
// parses the content script. The background injects it (entrypoints/page-display.ts) into the
// tab's top frame, our isolated world, on the first page that draws; it leaves its functions here,
// where the page cannot reach. No web-accessible resource: the script comes as an injection.

/** What the injected page display gives the content script. */
export interface PageDisplay {
  /** The one profile panel host (lib/content/panel-host.ts). */
  mountPanel(css: string, lifetime: Lifetime): PanelHost;
  /** Chips beside the page's person cards (lib/content/tag-cards.ts). */
  tagCards(job: CardsJob): void;
}

export const PAGE_DISPLAY = Symbol.for('constellation.page-display');

type Holder = { [PAGE_DISPLAY]?: PageDisplay };

/** The page display, injected on first use; null when the background could not inject it. */
export async function loadPageDisplay(api: ContentApi): Promise<PageDisplay | null> {
  const global = globalThis as Holder;
  if (!global[PAGE_DISPLAY]) await api.loadPageDisplay().catch(() => {});
  return global[PAGE_DISPLAY] ?? null;
}

/**
 * A new copy of the content script (the extension updated while the tab stayed open) must not
 * draw with an older build's page display, left in the same isolated world: it injects its own.
 */
export function forgetPageDisplay(): void {
  delete (globalThis as Holder)[PAGE_DISPLAY];
}

/** Run by the injected script: leaves the page display where `loadPageDisplay` finds it. */
export function providePageDisplay(display: PageDisplay): void {
  (globalThis as Holder)[PAGE_DISPLAY] = display;
}
