import type { ContentApi } from '../messages/content';
import { injectedPart } from './injected-part';
import type { PageStartHere, Session } from './session';

// The reader and the jobs that run it are not in the content script: in the default display a
// page nobody watches through us (no side panel on the tab, no pinned badge) is never read, and
// every LinkedIn profile and list compiles the content script. The background injects them
// (entrypoints/page-read.ts) when a page is to be read: someone can see it, or it draws.

/** What the injected page reader gives the content script: one job per kind of page. */
export interface PageReader {
  /** A profile, from its start until the user moves on (`signal`): lib/content/profile-job.ts. */
  runProfile(s: Session, start: PageStartHere, slug: string, url: string, signal: AbortSignal): Promise<void>;
  /** A people list, the same way: lib/content/list-job.ts. */
  runList(s: Session, start: PageStartHere, signal: AbortSignal): Promise<void>;
}

const part = injectedPart<PageReader>('page-reader');

/** The page reader, injected on first use; null when the background could not inject it. */
export const loadPageReader = (api: ContentApi) => part.load(() => api.loadPageReader());
export const forgetPageReader = part.forget;
export const providePageReader = part.provide;
