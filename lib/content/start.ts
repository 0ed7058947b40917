import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Api } from '../api';
import { createClient } from '../client';
import { readPage } from '../reader';
import { listenForFill } from './fill-listener';
import { runProfile } from './profile-job';
import { pageRoute, type Route, sameRoute } from './route';
import { createSession, type Session } from './session';
import { tagCardsOnPage } from './tag-cards';

/**
 * The content script: follows LinkedIn's in-page navigation and runs one job per page, profile or
 * people list. Every other page gets nothing but WXT's own navigation listener.
 */
export function startContent(ctx: ContentScriptContext, api: Api = createClient()): void {
  const session = createSession(ctx, api);
  let route: Route = { kind: 'other' };
  let job: AbortController | null = null;

  const go = (url: string) => {
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
    ctx.onInvalidated(() => controller.abort());
    job = controller;
    const work =
      next.kind === 'profile'
        ? runProfile(session, next.slug, url, controller.signal)
        : runList(session, controller.signal);
    // Nothing we do may reach the page's console: a failure here costs the panel, not the page.
    work.catch(() => {});
  };

  ctx.addEventListener(window, 'wxt:locationchange', (event) => go(event.newUrl.href));
  // On every LinkedIn page: the message box can be open over any of them.
  listenForFill(ctx.signal);
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
