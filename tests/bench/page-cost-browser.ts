// What both page-cost benchmarks share: the page's CDP figures, and the side panel pinned to a
// new tab, as a user with the panel open has it (the panel runs in the extension's own process, so
// only what the page does is measured).
import type { CDPSession, Page } from 'playwright-core';
import type { Harness } from '../browser/harness';

// BENCH_LOADS: fewer loads for a quick check that the bench runs (its figures are not for BENCHMARKS.md).
export const LOADS = Number(process.env.BENCH_LOADS) || 15;

export const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * Each run's medians, field by field, of LOADS loads in each browser, interleaved (machine noise
 * falls on all alike), the order rotated each round so no browser always goes first.
 */
export async function rounds<S extends Record<string, number>>(runs: (() => Promise<S>)[]): Promise<S[]> {
  const samples: S[][] = runs.map(() => []);
  for (let i = 0; i < LOADS; i++)
    for (let k = 0; k < runs.length; k++) {
      const j = (i + k) % runs.length;
      samples[j]!.push(await runs[j]!());
    }
  return samples.map(
    (xs) =>
      Object.fromEntries(Object.keys(xs[0] ?? {}).map((key) => [key, median(xs.map((x) => x[key]!))])) as S,
  );
}

/** The page's cumulative CDP Performance metrics (ScriptDuration, TaskDuration, JSHeapUsedSize, …). */
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

// The extension API in the service worker (the evaluate callback below runs there, not in Node).
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
};

/** Waits (in the worker, not the page) until no content script of ours is registered. */
export async function untilUnregistered(h: Harness): Promise<void> {
  for (let waited = 0; ; waited += 50) {
    const left = await h.worker.evaluate(
      async () => (await chrome.scripting.getRegisteredContentScripts()).length,
    );
    if (!left) return;
    if (waited > 5000) throw new Error('the content script stayed registered after the side panel closed');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The side panel page pinned to the newest tab (the one just opened, still blank), loaded. */
export async function sidePanelFor(h: Harness): Promise<Page> {
  // Tab ids only grow: the newest tab is the highest id (a blank tab's URL is not ours to see).
  const tabId = await h.worker.evaluate(async () =>
    Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1)),
  );
  const panel = await h.context.newPage();
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.locator('[data-constellation="side-panel"]').waitFor();
  return panel;
}
