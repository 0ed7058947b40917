import type { PageDraw } from '../messages/content';
import { LAZY_SECTION_SELECTORS, type PageRead, readPage } from '../reader';
import { cardLinkOf } from '../reader/cards';
import { addsProfileLinks, reportOf } from './page-report';
import type { PanelHost } from './panel-host';
import { type PanelView, panelProps } from './panel-view';
import { personShown, shownNow } from './person-shown';
import type { PageStartHere, Session } from './session';
import { errorText, type ProfilePanelProps } from './ui/panel-props';
import { onDomChange, waitFor } from './wait-for';

const TAGGING_PLACEHOLDER_MS = 150;

/**
 * One profile, once its page is to be read (lib/content/start.ts) until the user navigates away
 * (`signal`): wait for its top card, read, tag, show; re-tag when lazy sections arrive.
 */
export async function runProfile(
  s: Session,
  start: PageStartHere,
  slug: string,
  url: string,
  signal: AbortSignal,
): Promise<void> {
  const { ui } = start;
  if (!start.error && start.display === 'side-panel') return runQuiet(s, slug, url, signal);
  await s.clearReport();
  const display = await s.pageDisplay();
  if (!display || signal.aborted) return;
  const view: PanelView = {
    slug,
    status: 'reading',
    read: null,
    result: null,
    error: start.error?.message ?? null,
    collapsed: start.error ? false : start.panelCollapsed,
    needNames: ui.needNames,
    labelWords: ui.labelWords,
  };
  // Mounted at the first render, once per page: a host the page removes comes back once (its own
  // watch), then the page wins; rendering never mounts another.
  let panel: PanelHost | null = null;
  const show = () => {
    panel ??= s.panel(ui.panelCss);
    panel.render(slug, props());
  };
  const props = (): ProfilePanelProps =>
    panelProps(view, s.api, {
      onToggle: (collapsed) => {
        view.collapsed = collapsed;
        show();
        s.api.setPanelCollapsed(collapsed).catch(() => {});
      },
      diagnostic: () => s.api.diagnosePage(),
    });
  const shown = () => personShown(document, slug, s.previous);
  // "Reading…" only while the page has yet to show the person: on a page that already does, the
  // first render is the tagging one, a moment later (each render costs the page a style pass).
  if (!shown()) show();

  if (!(await whenReadable(shown, s.previous === null, signal))) return;
  s.previous = shownNow(document);
  let tagging = 0;
  // The page display draws what the background answers to the page's report: the profile's tags
  // and the cards' (the chips reuse the last answer while it covers their cards).
  let drawn: PageDraw | null = null;
  const tag = async (read: PageRead) => {
    view.read = read;
    if (!read.profile?.name) view.status = 'unreadable';
    else if (view.error) view.status = 'error';
    else view.status = view.result ? 'ready' : 'tagging';
    if (!read.profile?.name || view.error) return show();
    // The background usually answers within milliseconds: "Tagging…" is drawn only if it does not
    // (a worker waking up), so the panel is drawn once, not twice. A re-tag keeps the last answer.
    const placeholder = view.result ? 0 : setTimeout(() => signal.aborted || show(), TAGGING_PLACEHOLDER_MS);
    const mine = ++tagging;
    try {
      const draw = await s.reportPage(reportOf('profile', read));
      if (mine !== tagging || signal.aborted) return;
      // Not taken as this tab's page (it changed meanwhile): the catch's "could not tag" says so.
      if (!draw) throw 0;
      view.result = drawn = draw;
      view.status = 'ready';
    } catch (error) {
      if (mine !== tagging || signal.aborted) return;
      view.error = errorText(error, 'Constellation could not tag this profile.');
      view.status = 'error';
    } finally {
      clearTimeout(placeholder);
    }
    show();
  };
  const first = readPage(document, url);
  if (first.own) return s.removePanel();
  const provisional = !shown();
  // Watched before the first report goes: a section that arrives while the background answers
  // would otherwise be missed until the next change. Re-tagged only when the read changed.
  onDomChange(
    document.body,
    addsLazySection,
    () => {
      const again = readPage(document, url);
      if (JSON.stringify(again.profile) !== JSON.stringify(view.read?.profile)) void tag(again);
    },
    signal,
  );
  await tag(first);
  // A layout whose top card we do not know yet, or one that renders after load: read again if a
  // known top card turns up.
  if (provisional)
    void waitFor(document, shown, signal).then((found) => {
      if (!found) return;
      s.previous = shownNow(document);
      void tag(readPage(document, url));
    });

  if (!start.error) {
    const { needNames, chipsCss: css } = ui;
    display.tagCards({
      api: s.api,
      tag: async (cards) => {
        if (drawn && cards.every((c) => c.slug in drawn!.cards)) return drawn.cards;
        drawn = await s.reportPage(reportOf('profile', readPage(document, url)));
        return drawn?.cards ?? {};
      },
      signal,
      needNames,
      css,
      readCards: () => readPage(document, url).cards,
      linkOf: cardLinkOf,
      initial: first.cards,
    });
  }
}

/**
 * Resolves true once the page shows the person; on a first load also once the page has loaded
 * without a top card we know (a new layout: the reader then works from what it finds, such as the
 * title). Resolves false when the user moved on.
 */
async function whenReadable(shown: () => boolean, firstLoad: boolean, signal: AbortSignal): Promise<boolean> {
  if (!firstLoad || shown()) return !!(await waitFor(document, shown, signal));
  const loaded = new Promise<boolean>((resolve) => {
    if (document.readyState === 'complete') return resolve(true);
    window.addEventListener('load', () => resolve(true), { once: true, signal });
    signal.addEventListener('abort', () => resolve(false), { once: true });
  });
  const found = waitFor(document, shown, signal).then(Boolean);
  return (await Promise.race([loaded, found])) && !signal.aborted;
}

/**
 * The side-panel display: nothing drawn, the page read and reported (the background tags it for
 * the side panel and the badge). Reported once the page shows the person, sooner on a layout
 * whose top card we do not know, and again when a lazy section or more side cards change the read.
 */
async function runQuiet(s: Session, slug: string, url: string, signal: AbortSignal): Promise<void> {
  const shown = () => personShown(document, slug, s.previous);
  if (!(await whenReadable(shown, s.previous === null, signal))) return;
  let last = '';
  const report = async () => {
    const read = readPage(document, url);
    const key = JSON.stringify([read.profile, read.missing, read.cards]);
    if (key === last || signal.aborted) return;
    last = key;
    await s.reportPage(reportOf('profile', read)).catch(() => {});
  };
  if (!shown()) {
    await report();
    if (!(await waitFor(document, shown, signal))) return;
  }
  s.previous = shownNow(document);
  // Watched before the report goes, as in runProfile.
  onDomChange(
    document.body,
    (records) => addsLazySection(records) || addsProfileLinks(records),
    report,
    signal,
  );
  await report();
}

// SDUI fills placeholders in place, so a change inside one counts as much as a new section.
function addsLazySection(records: MutationRecord[]): boolean {
  for (const record of records) {
    const target = record.target instanceof Element ? record.target : null;
    if (target && !target.closest('[data-constellation]')) {
      for (const selector of LAZY_SECTION_SELECTORS) if (target.closest(selector)) return true;
    }
    for (const node of record.addedNodes) {
      if (!(node instanceof Element) || node.hasAttribute('data-constellation')) continue;
      for (const selector of LAZY_SECTION_SELECTORS) {
        if (node.matches(selector) || node.querySelector(selector)) return true;
      }
    }
  }
  return false;
}
