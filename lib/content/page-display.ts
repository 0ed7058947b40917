import type { ContentApi } from '../messages/content';
import { injectedPart } from './injected-part';
import type { Lifetime } from './lifetime';
import type { PanelHost } from './panel-host';
import type { CardsJob } from './tag-cards';

// The page display's drawing code (the panel, the chips, their shadow hosts) is not in the content
// script: only users who opt into the page display need it. The background injects it
// (entrypoints/page-display.ts) on the first page that draws.

/** What the injected page display gives the content script. */
export interface PageDisplay {
  /** The one profile panel host (lib/content/panel-host.ts). */
  mountPanel(css: string, lifetime: Lifetime): PanelHost;
  /** Chips beside the page's person cards (lib/content/tag-cards.ts). */
  tagCards(job: CardsJob): void;
}

const part = injectedPart<PageDisplay>('page-display');

/** The page display, injected on first use; null when the background could not inject it. */
export const loadPageDisplay = (api: ContentApi) => part.load(() => api.loadPageDisplay());
export const forgetPageDisplay = part.forget;
export const providePageDisplay = part.provide;
