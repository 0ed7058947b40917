import { browser } from 'wxt/browser';

/**
 * How long this copy of the content script may act. When the extension is updated, reloaded or
 * removed, the copy already in a tab is orphaned: its `runtime.id` goes away and every message
 * fails. It then stops observing and takes its UI off the page instead of leaving a dead panel.
 *
 * (WXT's ContentScriptContext does this by posting a message to the page, which tells LinkedIn
 * our extension id; this asks only the browser, and only when there is DOM work to do anyway.)
 */
export interface Lifetime {
  readonly signal: AbortSignal;
  /** False, and the signal aborted, once the extension this copy belongs to is gone. */
  alive(): boolean;
  /** Ends this copy now: a newer one has started in the same page. */
  end(): void;
}

export function createLifetime(): Lifetime {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    alive() {
      if (!controller.signal.aborted && !browser.runtime?.id) controller.abort();
      return !controller.signal.aborted;
    },
    end() {
      controller.abort();
    },
  };
}
