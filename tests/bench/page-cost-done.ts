// How page-cost knows the content script had finished its work on a page, whatever the matcher
// decided there: checked once per load, after the figures are read (so no poller runs in the
// measured page). The proof is the background's: the tab's page as it took the report (the
// side panel's page-people list comes from it), then what the page holds of ours.
import type { Page } from 'playwright-core';
import type { TabPage } from '../../lib/page-report';
import { closedRoots } from '../browser/closed-root';
import type { Harness } from '../browser/harness';

export interface Done {
  what: string;
  /** Null when finished; otherwise what was missing. */
  check(h: Harness, page: Page): Promise<string | null>;
}

export interface Expect {
  kind: 'profile' | 'people-list';
  /** The people cards the reader finds on the page: all of them must have been reported. */
  cards: number;
}

// The extension API in the service worker (the evaluate callback below runs there, not in Node).
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

const PANEL = '[data-constellation="profile-panel"]';
const CHIPS = '[data-constellation="card-chips"]';

/** The background's state for the tab showing `page` (the tab found by its URL, in the worker). */
async function tabPageOf(h: Harness, page: Page): Promise<TabPage | null> {
  const url = page.url();
  const tabId = await h.worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );
  if (tabId === undefined) throw new Error(`no tab for ${url}`);
  return h.call<TabPage | null>('tabPage', tabId);
}

/** The page's report was taken, whole: its kind, the person's name on a profile, every card. */
function reportMissing(tab: TabPage | null, want: Expect): string | null {
  if (!tab) return 'no page report in the background';
  const { report } = tab;
  if (report.kind !== want.kind) return `reported as ${report.kind}`;
  if (want.kind === 'profile' && !report.profile?.name) return 'profile reported without a name';
  if (report.cards.length !== want.cards) return `${report.cards.length} of ${want.cards} cards reported`;
  return null;
}

const tagged = (tab: TabPage) => Object.values(tab.cards).filter((r) => r.tags.length > 0).length;

/** Side-panel display: the report taken whole, and nothing of ours in LinkedIn's page. */
export const reportedQuietly = (want: Expect): Done => ({
  what: `${want.kind} reported with ${want.cards} cards, nothing drawn`,
  async check(h, page) {
    const missing = reportMissing(await tabPageOf(h, page), want);
    if (missing) return missing;
    const ours = await page.evaluate(() => document.querySelectorAll('[data-constellation]').length);
    return ours ? `${ours} elements of ours in the page` : null;
  },
});

/**
 * Page display: the report taken whole, the panel drawn with the background's answer on a
 * profile, and a chips host beside each card the answer tagged (untagged cards get none).
 */
export const drawnInPage = (want: Expect): Done => ({
  what: `${want.kind} reported with ${want.cards} cards, panel and chips drawn`,
  async check(h, page) {
    const tab = await tabPageOf(h, page);
    const missing = reportMissing(tab, want);
    if (missing || !tab) return missing;
    if (want.kind === 'profile' && !(await closedRoots(page).count(PANEL, '.panel[data-status="ready"]')))
      return 'panel not ready';
    const hosts = await page.evaluate((s) => document.querySelectorAll(s).length, CHIPS);
    return hosts === tagged(tab) ? null : `${hosts} chips hosts for ${tagged(tab)} tagged cards`;
  },
});

/** Neither profile nor list: the script is not even injected, so nothing reported, nothing drawn. */
export const untouched: Done = {
  what: 'nothing reported, nothing drawn',
  async check(h, page) {
    if (await tabPageOf(h, page)) return 'a page report';
    const ours = await page.evaluate(() => document.querySelectorAll('[data-constellation]').length);
    return ours ? `${ours} elements of ours in the page` : null;
  },
};
