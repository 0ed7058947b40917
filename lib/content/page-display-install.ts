import { providePageDisplay } from './page-display';
import { mountPanelHost } from './panel-host';
import { tagCardsOnPage } from './tag-cards';

/**
 * The injected page display's whole job (entrypoints/page-display.ts): leave the drawing code where
 * the content script finds it. Tests with a fake background call it as `loadPageDisplay`.
 */
export function installPageDisplay(): void {
  providePageDisplay({ mountPanel: mountPanelHost, tagCards: tagCardsOnPage });
}
