import type { Api, PageTags, PageUi } from '../api';
import type { Lifetime } from './lifetime';
import { mountPanelHost, type PanelHost } from './panel-host';
import type { Shown } from './person-shown';

/** What outlives one page in this tab: the one panel host, the person last shown, quiet reports. */
export interface Session {
  readonly lifetime: Lifetime;
  readonly api: Api;
  /** The person the top card showed when we last read a profile (to tell the next one apart). */
  previous: Shown | null;
  /** The one panel host, mounted on first use; a host the page threw away is replaced. */
  panel(css: string): PanelHost;
  removePanel(): void;
  /** Styles and need names from the background, asked once per tab (again after a failure). */
  ui(): Promise<PageUi>;
  reportQuiet(page: PageTags): Promise<void>;
  /** Clears the badge if quiet mode told the background about a page we have left. */
  clearQuietReport(): Promise<void>;
}

export function createSession(lifetime: Lifetime, api: Api): Session {
  let panel: PanelHost | null = null;
  let reported = false;
  let ui: Promise<PageUi> | null = null;
  return {
    lifetime,
    api,
    previous: null,
    panel(css) {
      if (panel?.element.isConnected) return panel;
      panel?.remove();
      panel = mountPanelHost(css, lifetime);
      return panel;
    },
    removePanel() {
      panel?.remove();
      panel = null;
    },
    ui() {
      ui ??= api.pageUi().catch(() => {
        ui = null;
        return FALLBACK_UI;
      });
      return ui;
    },
    async reportQuiet(page) {
      reported = true;
      await api.setPageTags(page);
    },
    async clearQuietReport() {
      if (!reported) return;
      reported = false;
      await api.setPageTags(null).catch(() => {});
    },
  };
}

// Without the background the panel can only say so: enough style to read that, in the corner.
const FALLBACK_UI: PageUi = {
  panelCss:
    '.panel{position:fixed;left:16px;bottom:16px;z-index:900;width:300px;padding:8px;background:#fff;color:#222;font:13px system-ui}',
  chipsCss: '',
  needNames: {},
  labelWords: {},
};
