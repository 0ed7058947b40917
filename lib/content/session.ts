import type { Display } from '../domain';
import type { ContentApi, PageDraw, PageUi } from '../messages/content';
import type { PageReport } from '../page-report';
import type { Lifetime } from './lifetime';
import { loadPageDisplay, type PageDisplay } from './page-display';
import type { PanelHost } from './panel-host';
import type { Shown } from './person-shown';

/** What outlives one page in this tab: the one panel host, the person last shown, page reports. */
export interface Session {
  readonly lifetime: Lifetime;
  readonly api: ContentApi;
  /** The person the top card showed when we last read a profile (to tell the next one apart). */
  previous: Shown | null;
  /**
   * The page display's drawing code, injected by the background on the first page that draws
   * (null: it could not be). Before it, nothing of ours can be drawn.
   */
  pageDisplay(): Promise<PageDisplay | null>;
  /** The one panel host, mounted on first use; a host the page threw away is replaced. Needs pageDisplay(). */
  panel(css: string): PanelHost;
  removePanel(): void;
  /**
   * What a page starts from, in one message: the settings it acts on, and the styles and need
   * names, asked once per tab (again after a failure). Without the background: its error, and
   * enough style to say so.
   */
  start(): Promise<PageStartHere>;
  /**
   * Resolves true once someone can see what this page reads (`read` from the page's start, or the
   * background's `wanted` message after it); false when `signal` aborts (the user moved on).
   */
  untilWanted(read: boolean, signal: AbortSignal): Promise<boolean>;
  /** The background's `wanted` message: a side panel opened on this tab. */
  wanted(): void;
  /**
   * What we read on the page: for the side panel and the badge, and in the page display what to
   * draw (null: the background did not take it as this tab's page).
   */
  reportPage(report: PageReport): Promise<PageDraw | null>;
  /** Tells the background we left the page we last reported, if any. */
  clearReport(): Promise<void>;
}

export type PageStartHere =
  | { error: null; display: Display; panelCollapsed: boolean; read: boolean; ui: PageUi }
  | { error: Error; ui: PageUi };

export function createSession(lifetime: Lifetime, api: ContentApi): Session {
  let panel: PanelHost | null = null;
  let reported = false;
  let ui: PageUi | null = null;
  let display: PageDisplay | null = null;
  // Counted, so a `wanted` that arrives while a page start is on its way is not lost to its answer.
  let wakes = 0;
  const waiters = new Set<() => void>();
  return {
    lifetime,
    api,
    previous: null,
    async pageDisplay() {
      display ??= await loadPageDisplay(api);
      return display;
    },
    panel(css) {
      if (panel?.element.isConnected) return panel;
      panel?.remove();
      if (!display) throw new Error('Constellation’s page display is not loaded.');
      panel = display.mountPanel(css, lifetime);
      return panel;
    },
    removePanel() {
      panel?.remove();
      panel = null;
    },
    async start() {
      const before = wakes;
      try {
        const answer = await api.pageStart(!ui);
        ui = answer.ui ?? ui ?? FALLBACK_UI;
        const read = answer.read || wakes !== before;
        return { error: null, display: answer.display, panelCollapsed: answer.panelCollapsed, read, ui };
      } catch (error) {
        const why = error instanceof Error ? error : new Error(String(error));
        return { error: why, ui: ui ?? FALLBACK_UI };
      }
    },
    untilWanted(read, signal) {
      if (read) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        if (signal.aborted) return resolve(false);
        const wake = () => {
          signal.removeEventListener('abort', stop);
          resolve(true);
        };
        const stop = () => {
          waiters.delete(wake);
          resolve(false);
        };
        waiters.add(wake);
        signal.addEventListener('abort', stop, { once: true });
      });
    },
    wanted() {
      wakes++;
      for (const wake of waiters) wake();
      waiters.clear();
    },
    async reportPage(report) {
      reported = true;
      return api.reportPage(report);
    },
    async clearReport() {
      if (!reported) return;
      reported = false;
      await api.reportPage(null).catch(() => {});
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
