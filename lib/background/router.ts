import type { Api, ApiMethod, ApiResponse } from '../api';
import { describeIssues } from '../backup/schema';
import { argSchemas } from './schemas';

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

/** Calls that read or rewrite everything: only our own pages may make them, never a content script. */
const PAGES_ONLY = new Set<ApiMethod>([
  // The whole needs map and self-profile: a page starts from pageStart, which holds neither.
  'getConfig',
  'exportBackup',
  'importFile',
  'saveNeeds',
  'saveSelf',
  'deleteNeed',
  'fillMessageBox',
  // Any tab's page, tags and stages: the side panel's, never another tab's content script.
  'tabPage',
  // Any tab's page structure: the side panel's "Copy diagnostic", never a content script's.
  'diagnoseTab',
]);

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

/**
 * The background's message handler: `(message, sender) => Promise<ApiResponse> | undefined`.
 * Returning undefined (not ours) lets the message go unanswered, as the polyfill expects.
 * `api` receives the sender so tab-bound calls (badge, page tags) know their tab.
 */
export function createRouter(api: (sender: Sender) => Api, options: RouterOptions) {
  return (message: unknown, sender: Sender): Promise<ApiResponse> | undefined => {
    if (sender.id !== options.extensionId || !isRequest(message)) return undefined;
    const method = message.method as ApiMethod;
    if (!Object.hasOwn(argSchemas, method))
      return Promise.resolve({ ok: false, error: `Unknown request: ${method.slice(0, 60)}` });
    const fromPage = !sender.url?.startsWith(options.extensionOrigin);
    if (fromPage && PAGES_ONLY.has(method))
      return Promise.resolve({
        ok: false,
        error: `${method} is only available from Constellation’s own pages.`,
      });
    const parsed = argSchemas[method].safeParse(message.args);
    if (!parsed.success)
      return Promise.resolve({
        ok: false,
        error: `Constellation could not use that request (${method}): ${describeIssues(parsed.error, 2).join('; ')}`,
      });
    const target = api(sender);
    const call = target[method] as (...args: unknown[]) => Promise<unknown>;
    return call
      .apply(target, parsed.data as unknown[])
      .then((value): ApiResponse => ({ ok: true, value }) as ApiResponse)
      .catch((error: unknown): ApiResponse => ({ ok: false, error: readableError(error) }));
  };
}
