import { pageRoute, type Route, sameRoute } from '../linkedin-url';
import type { ContentApi } from '../messages/content';
import { contentClient } from '../messages/content-client';
import { createLifetime, type Lifetime } from './lifetime';
import { onNavigated } from './navigation';
import { forgetPageDisplay } from './page-display';
import { runPage } from './page-job';
import { forgetPageReader } from './page-reader';
import { createSession } from './session';

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
  forgetPageReader();
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
    const work = runPage(session, next, url, controller.signal);
    // Nothing we do may reach the page's console: a failure here costs the panel, not the page.
    work.catch(() => {});
  };

  onNavigated(go, lifetime.signal, () => session.wanted());
  go(location.href);
}
