import { useEffect, useState } from 'preact/hooks';
import type { PagesApi } from '../../lib/messages/pages';
import type { TabPage } from '../../lib/page-report';
import { errorText } from '../shared/ApiContext';
import type { SidePanelPort, TabInfo } from './side-panel-port';

export interface TabView {
  /** False until the first answer: the panel shows "Loading…", never an empty box. */
  ready: boolean;
  tab: TabInfo | null;
  /** What the background made of the tab's page; null when it read nothing there (yet). */
  page: TabPage | null;
  error: string | null;
}

/**
 * The tab the side panel shows and its page, live: again whenever the browser says the tab (or
 * its URL) changed, and whenever the background pushes that tab's page. A slow answer never
 * overwrites a newer one.
 */
export function useTabView(api: PagesApi, port: SidePanelPort): TabView {
  const [view, setView] = useState<TabView>({ ready: false, tab: null, page: null, error: null });
  useEffect(() => {
    let live = true;
    let turn = 0;
    let shown: number | null = null;
    const load = async () => {
      const mine = ++turn;
      try {
        // A pinned panel knows its tab before the browser confirms it: both asked at once, which
        // is most of the panel's first render (the tags wait for both answers).
        const { pinned } = port;
        const [tab, early] = await Promise.all([
          port.current(),
          pinned === null ? null : api.tabPage(pinned),
        ]);
        port.follow(tab?.id ?? null);
        const page = !tab ? null : tab.id === pinned ? early : await api.tabPage(tab.id);
        if (!live || mine !== turn) return;
        shown = tab?.id ?? null;
        setView({ ready: true, tab, page, error: null });
      } catch (e) {
        if (live && mine === turn) setView((v) => ({ ...v, ready: true, error: errorText(e) }));
      }
    };
    void load();
    const offTab = port.onTabChange(() => void load());
    // Before the first answer we do not know our tab yet: any push may be ours.
    const offPage = port.onTabPage((id) => {
      if (shown === null || id === shown) void load();
    });
    return () => {
      live = false;
      offTab();
      offPage();
    };
  }, [api, port]);
  return view;
}
