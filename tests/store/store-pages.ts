import type { PagesApi } from '../../lib/messages/pages';
import type { Store } from '../../lib/store/store';

export type StorePages = Store & PagesApi;

/**
 * A Store answering the pages contract with no browser behind it (component tests): no tabs, no
 * pages opened, nothing filled. Everything else is the real store's.
 */
export function storePages(store: Store): StorePages {
  const noBrowser: Pick<
    PagesApi,
    'tabPage' | 'currentPageTags' | 'openDrafter' | 'openNeedsMap' | 'fillMessageBox' | 'diagnoseTab'
  > = {
    tabPage: async () => null,
    currentPageTags: async () => null,
    openDrafter: async () => {},
    openNeedsMap: async () => {},
    fillMessageBox: async () => null,
    diagnoseTab: async () => null,
  };
  return Object.assign(Object.create(store) as Store, noBrowser);
}
