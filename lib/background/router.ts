import { describeIssues } from '../backup/schema';
import type { Calls } from '../messages/args';
import type { ContentApi } from '../messages/content';
import { contentCalls } from '../messages/content-calls';
import type { PagesApi } from '../messages/pages';
import { pagesCalls } from '../messages/pages-calls';
import type { CallAnswer } from '../messages/wire';

/** The parts of a runtime message sender the router looks at. */
export interface Sender {
  id?: string;
  url?: string;
  /** The top frame is 0; a report from a frame inside the page is not the tab's page. */
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface RouterOptions {
  /** Our own extension id: messages from anyone else are ignored. */
  extensionId: string;
  /** Our pages' origin (`chrome-extension://<id>/`), to tell them from content scripts. */
  extensionOrigin: string;
}

export function isRequest(msg: unknown): msg is { constellation: 1; method: string; args: unknown } {
  return (
    !!msg &&
    typeof msg === 'object' &&
    (msg as { constellation?: unknown }).constellation === 1 &&
    typeof (msg as { method?: unknown }).method === 'string' &&
    Array.isArray((msg as { args?: unknown }).args)
  );
}

/** What a person can read, whatever was thrown. */
export function readableError(error: unknown): string {
  if (error instanceof DOMException) {
    if (error.name === 'QuotaExceededError')
      return 'The browser has no room left to save this. Free some disk space.';
    return `The browser's storage refused the change (${error.name}). Nothing was saved; try again.`;
  }
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong in Constellation’s background. Reload the extension and try again.';
}

/** Who answers each audience's calls, for one sender (tab-bound calls know their tab). */
export interface Audiences {
  content: (sender: Sender) => ContentApi;
  pages: (sender: Sender) => PagesApi;
}

/**
 * The background's message handler: `(message, sender) => Promise<CallAnswer> | undefined`.
 * Returning undefined (not ours) lets the message go unanswered, as the polyfill expects. The
 * sender picks the contract: our own pages (the extension's origin) get the pages contract, a
 * content script the content contract, and a method outside a sender's contract does not exist
 * for it.
 */
export function createRouter(audiences: Audiences, options: RouterOptions) {
  return (message: unknown, sender: Sender): Promise<CallAnswer> | undefined => {
    if (sender.id !== options.extensionId || !isRequest(message)) return undefined;
    const fromPages = !!sender.url?.startsWith(options.extensionOrigin);
    return fromPages
      ? answer(pagesCalls, () => audiences.pages(sender), message)
      : answer(contentCalls, () => audiences.content(sender), message);
  };
}

async function answer<A extends object>(
  calls: Calls<A>,
  target: () => A,
  message: { method: string; args: unknown },
): Promise<CallAnswer> {
  const { method } = message;
  if (!Object.hasOwn(calls, method)) return { ok: false, error: `Unknown request: ${method.slice(0, 60)}` };
  const parsed = calls[method as keyof A].safeParse(message.args);
  if (!parsed.success)
    return {
      ok: false,
      error: `Constellation could not use that request (${method}): ${describeIssues(parsed.error, 2).join('; ')}`,
    };
  const api = target();
  const call = api[method as keyof A] as (...args: unknown[]) => Promise<unknown>;
  try {
    return { ok: true, value: await call.apply(api, parsed.data as unknown[]) };
  } catch (error) {
    return { ok: false, error: readableError(error) };
  }
}
