import { pageRoute, type Route, sameRoute } from '../linkedin-url';
import type { ContentApi } from '../messages/content';
import { contentClient } from '../messages/content-client';
import { readPage } from '../reader';
import { cardLinkOf } from '../reader/cards';
import { createLifetime, type Lifetime } from './lifetime';
import { onNavigated } from './navigation';
import { forgetPageDisplay } from './page-display';
import { addsProfileLinks, reportOf } from './page-report';
import { runProfile } from './profile-job';
import { createSession, type Session } from './session';
import { onDomChange } from './wait-for';

// The running copy's lifetime, kept in our isolated world (never visible to the page). A page can
// get a second copy: the manifest and the background racing (lib/background/tabs.ts), or the
// extension updated while the tab stayed open. The newest copy ends the one before and takes over.
const RUNNING = Symbol.for('constellation.content');

/**
 * The content script: runs one job per page, profile or people list, and follows LinkedIn's
 * in-page navigation as the background reports it. It is injected only where a job may run
 * (profiles, people lists) or when the tab navigates to one, so other LinkedIn pages pay nothing.
 */
export function startContent(api: ContentApi = contentClient()): void {
  const lifetime = createLifetime();
  const global = globalThis as { [RUNNING]?: Lifetime };
  global[RUNNING]?.end();
  global[RUNNING] = lifetime;
  forgetPageDisplay();
  const session = createSession(lifetime, api);
  let route: Route = { kind: 'other' };
  let job: AbortController | null = null;

  const go = (url: string) => {
    if (!lifetime.alive()) return;
    const next = pageRoute(url);
    if (job && sameRoute(route, next)) return;
    job?.abort();
    job = null;
    route = next;
    if (next.kind === 'other') {
      session.removePanel();
      void session.clearReport();
      return;
    }
    const controller = new AbortController();
    lifetime.signal.addEventListener('abort', () => controller.abort(), {
      once: true,
      signal: controller.signal,
    });
    job = controller;
    const work =
      next.kind === 'profile'
        ? runProfile(session, next.slug, url, controller.signal)
        : runList(session, controller.signal);
    // Nothing we do may reach the page's console: a failure here costs the panel, not the page.
    work.catch(() => {});
  };

  onNavigated(go, lifetime.signal, () => session.wanted());
  go(location.href);
}

async function runList(s: Session, signal: AbortSignal): Promise<void> {
  s.removePanel();
  const start = await s.start();
  if (signal.aborted) return;
  if (!start.error && start.display === 'side-panel') {
    // Nobody to show the list to yet (no side panel on this tab): read nothing until there is.
    if (await s.untilWanted(start.read, signal)) reportList(s, signal);
    return;
  }
  await s.clearReport();
  if (start.error) return;
  const display = await s.pageDisplay();
  if (!display || signal.aborted) return;
  display.tagCards({
    api: s.api,
    // The page display's chips: the list reported as it is now, and each card's tags from the answer.
    tag: async () =>
      (await s.reportPage(reportOf('people-list', readPage(document, location.href))))?.cards ?? {},
    signal,
    needNames: start.ui.needNames,
    css: start.ui.chipsCss,
    readCards: () => readPage(document, location.href).cards,
    linkOf: cardLinkOf,
  });
}

/** The side-panel display on a list: its cards reported now and as the list grows, nothing drawn. */
function reportList(s: Session, signal: AbortSignal): void {
  let last = '';
  const report = () => {
    const read = readPage(document, location.href);
    const key = read.cards.map((c) => c.slug).join(' ');
    if (key === last || signal.aborted) return;
    last = key;
    s.reportPage(reportOf('people-list', read)).catch(() => {});
  };
  report();
  onDomChange(document.body, addsProfileLinks, report, signal);
}
