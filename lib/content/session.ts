import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Api, PageTags } from '../api';
import type { UserConfig } from '../domain';
import { NEED_CATALOG, needName } from '../needs-catalog';
import { mountPanelHost, type PanelHost } from './panel-host';
import type { Shown } from './person-shown';

/** What outlives one page in this tab: the one panel host, the person last shown, quiet reports. */
export interface Session {
  readonly ctx: ContentScriptContext;
  readonly api: Api;
  /** The person the top card showed when we last read a profile (to tell the next one apart). */
  previous: Shown | null;
  /** The one panel host, mounted on first use; a host the page threw away is replaced. */
  panel(): PanelHost;
  removePanel(): void;
  needNames(config: UserConfig | null): Record<string, string>;
  reportQuiet(page: PageTags): Promise<void>;
  /** Clears the badge if quiet mode told the background about a page we have left. */
  clearQuietReport(): Promise<void>;
}

export function createSession(ctx: ContentScriptContext, api: Api): Session {
  let panel: PanelHost | null = null;
  let reported = false;
  return {
    ctx,
    api,
    previous: null,
    panel() {
      if (panel?.element.isConnected) return panel;
      panel?.remove();
      panel = mountPanelHost(ctx.signal);
      return panel;
    },
    removePanel() {
      panel?.remove();
      panel = null;
    },
    needNames(config) {
      const names: Record<string, string> = {};
      for (const [id, entry] of Object.entries(NEED_CATALOG)) names[id] = entry.name;
      for (const need of config?.needs ?? []) names[need.id] = needName(need);
      return names;
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
