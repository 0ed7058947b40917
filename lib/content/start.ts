import type { Api } from '../api';
import { createClient } from '../client';
import { readPage } from '../reader';
import { pageRoute, type Route, sameRoute } from '../route';
import { createLifetime } from './lifetime';
import { onNavigated } from './navigation';
import { runProfile } from './profile-job';
import { createSession, type Session } from './session';
import { tagCardsOnPage } from './tag-cards';

// Set in our isolated world (never visible to the page) by the first copy to start in a document:
// the manifest and the background can both inject us into the same page (see lib/background/tabs.ts).
const STARTED = Symbol.for('constellation.content');

/**
 * The content script: runs one job per page, profile or people list, and follows LinkedIn's
 * in-page navigation as the background reports it. It is injected only where a job may run
 * (profiles, people lists) or when the tab navigates to one, so other LinkedIn pages pay nothing.
 */
export function startContent(api: Api = createClient()): void {
  const global = globalThis as { [STARTED]?: true };
  if (global[STARTED]) return;
  global[STARTED] = true;
  const lifetime = createLifetime();
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
      void session.clearQuietReport();
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

  onNavigated(go, lifetime.signal);
  go(location.href);
}

async function runList(s: Session, signal: AbortSignal): Promise<void> {
  s.removePanel();
  const [config, ui] = await Promise.all([s.api.getConfig().catch(() => null), s.ui()]);
  await s.clearQuietReport();
  if (!config || config.settings.quietMode || signal.aborted) return;
  tagCardsOnPage({
    api: s.api,
    signal,
    needNames: ui.needNames,
    css: ui.chipsCss,
    readCards: () => readPage(document, location.href).cards,
  });
}
