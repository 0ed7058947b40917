import type { Route } from '../linkedin-url';
import { loadPageReader } from './page-reader';
import type { Session } from './session';

/**
 * One profile or list: its start, then, once it is to be read, the reader's job for it. In the
 * side-panel display a page is read only when someone can see it (a side panel on the tab, or our
 * pinned badge on a profile): a page nobody looks at through us costs LinkedIn's main thread this
 * script's start and one message, and the reader is never injected.
 */
export async function runPage(
  s: Session,
  route: Exclude<Route, { kind: 'other' }>,
  url: string,
  signal: AbortSignal,
): Promise<void> {
  const start = await s.start();
  if (signal.aborted) return;
  if (!start.error && start.display === 'side-panel') {
    s.removePanel();
    if (!(await s.untilWanted(start.read, signal))) return;
  }
  // Injected the first time a page in this tab is read (or brought with the script), then kept.
  const reader = await loadPageReader(s.api);
  if (!reader || signal.aborted) return;
  if (route.kind === 'profile') await reader.runProfile(s, start, route.slug, url, signal);
  else await reader.runList(s, start, signal);
}
