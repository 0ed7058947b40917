// What the content script costs a LinkedIn page, in real Chromium: CDP ScriptDuration and
// JSHeapUsedSize with the extension minus without it, medians of many loads of the same fixture,
// on profiles from three layout generations, a people list and a feed page (where it must do
// nothing). Also the callbacks the extension runs while a page sits idle.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { closedRoots } from '../browser/closed-root';
import { TOVA_ON_PAGE } from '../browser/config';
import { launch, launchChromium, PAGES, type Routes, routeLinkedIn } from '../browser/harness';
import { listPage } from './people-list-page';
import type { BenchRow } from './row';

const LOADS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** fixture file → the URL path it is meant for (its expected JSON names the slug). */
function pathFor(file: string): string {
  const expected = JSON.parse(readFileSync(join(PAGES, file.replace(/\.html$/, '.expected.json')), 'utf8'));
  if (expected.kind === 'profile') return `/in/${expected.profile.slug}/`;
  if (expected.kind === 'people-list') return `/search/results/people/?keywords=${file.replace(/\W/g, '')}`;
  return '/feed/';
}

const CASES = [
  { name: 'profile, Ember 2024', file: 'ember-2024.html', budget: 5 },
  { name: 'profile, hashed classes 2025', file: 'hashed-2025.html', budget: 5 },
  { name: 'profile, SDUI 2026', file: 'sdui-2026.html', budget: 5 },
  { name: 'people search, SDUI 2026', file: 'search-sdui-2026.html', budget: 5 },
  { name: 'feed (neither profile nor list)', file: 'feed.html', budget: 1 },
] as const;

/** Lists long enough to load the tagging: every card someone the bench user's needs could use. */
const LISTS = [
  { cards: 25, budget: 15 },
  { cards: 100, budget: 30 },
] as const;
const listUrl = (cards: number) => `https://www.linkedin.com/search/results/people/?keywords=cost${cards}`;

/** One route per case, so both browsers fetch byte-identical pages. */
const ROUTES: Routes = CASES.map(({ file }) => {
  const path = pathFor(file).split('?')[0]!;
  return [new RegExp(`^${path.replace(/[/.]/g, '\\$&')}$`), file];
});

async function routeLists(context: BrowserContext): Promise<void> {
  for (const { cards } of LISTS) {
    const body = listPage(cards);
    await context.route(listUrl(cards), (r) => r.fulfill({ contentType: 'text/html', body }));
  }
}

/** How a case knows the extension finished: checked once, after the figures are read. */
interface Done {
  what: string;
  check(page: Page): Promise<boolean>;
}

const PANEL = '[data-constellation="profile-panel"]';
// The panel's root is closed (issue 15): only the DevTools protocol sees inside it.
const panelReady: Done = {
  what: 'panel ready',
  check: async (page) => (await closedRoots(page).count(PANEL, '.panel[data-status="ready"]')) > 0,
};
const chips = (n: number): Done => ({
  what: `${n} card chips`,
  // The chips' hosts are in the page (their contents are not).
  check: async (page) =>
    page.evaluate((n) => document.querySelectorAll('[data-constellation="card-chips"]').length >= n, n),
});

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** How long every page sits after `load` before it is measured, with or without the extension. */
const SETTLE_MS = 1500;

/**
 * Loads `path` in a fresh tab, waits SETTLE_MS, and returns script and main-thread ms and heap MB.
 * Both sides wait the same fixed time: waiting for our UI by polling the page (as Playwright's
 * locators do, every animation frame) would add the poller's own work to one side only. That the
 * extension had finished (`done`) is checked after the figures are read.
 */
async function measure(context: BrowserContext, path: string, done?: Done) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(path.startsWith('https:') ? path : `https://www.linkedin.com${path}`);
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('HeapProfiler.collectGarbage');
  const m = await metrics(cdp);
  const finished = done ? await done.check(page) : true;
  await page.close();
  if (!finished)
    throw new Error(`${path}: the extension had not finished after ${SETTLE_MS} ms (${done?.what})`);
  return {
    script: (m.ScriptDuration ?? 0) * 1000,
    task: (m.TaskDuration ?? 0) * 1000,
    heap: (m.JSHeapUsedSize ?? 0) / 1024 / 1024,
  };
}

/**
 * Counts trace events that ran extension code in the page's renderer while the page sat idle for
 * `ms`. The trace covers the whole browser: our own pages and the service worker run extension
 * code too, in other processes, and are not the page's cost.
 */
async function idleCallbacks(context: BrowserContext, path: string, ms: number): Promise<number> {
  const page = await context.newPage();
  await page.goto(`https://www.linkedin.com${path}`);
  await closedRoots(page).waitFor(PANEL, '[data-need]');
  const cdp = await context.newCDPSession(page);
  type TraceEvent = {
    name: string;
    pid: number;
    args?: { data?: { url?: string; scriptName?: string; frames?: { url?: string; processId?: number }[] } };
  };
  const events: TraceEvent[] = [];
  // Playwright types only its own CDP events; these two are the tracing protocol's.
  const on = cdp.on.bind(cdp) as unknown as (name: string, fn: (e: { value: TraceEvent[] }) => void) => void;
  on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise<void>((resolve) => on('Tracing.tracingComplete', () => resolve()));
  // The second category carries TracingStartedInBrowser, which names the page's renderer.
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await page.waitForTimeout(ms);
  await cdp.send('Tracing.end');
  await done;
  const url = page.url();
  await page.close();
  const frames = events.flatMap((e) =>
    e.name === 'TracingStartedInBrowser' ? (e.args?.data?.frames ?? []) : [],
  );
  const renderer = frames.find((f) => f.url === url)?.processId;
  if (renderer === undefined) throw new Error('idle trace: the page’s renderer is not in the trace');
  const ours = (e: TraceEvent) =>
    e.pid === renderer && /^chrome-extension:/.test(e.args?.data?.url ?? e.args?.data?.scriptName ?? '');
  return events.filter((e) => ['FunctionCall', 'TimerFire', 'EventDispatch'].includes(e.name) && ours(e))
    .length;
}

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const withExt = await launch({ routes: ROUTES });
  // A user with a mapped self-profile and needs, so pages get tags as they would for a real user.
  await withExt.call('importFile', 'bench-backup.json', JSON.stringify(TOVA_ON_PAGE));
  const bareDir = await mkdtemp(join(tmpdir(), 'constellation-bare-'));
  const without = await launchChromium(bareDir, { extension: false });
  await routeLinkedIn(without, ROUTES);
  await routeLists(withExt.context);
  await routeLists(without);
  type Sample = Awaited<ReturnType<typeof measure>>;
  /** With minus without, medians of LOADS interleaved loads (machine noise falls on both alike). */
  const compare = async (url: string, done: Done | undefined, name: string, budget: number) => {
    const a: Sample[] = [];
    const b: Sample[] = [];
    for (let i = 0; i < LOADS; i++) {
      a.push(await measure(withExt.context, url, done));
      b.push(await measure(without, url));
    }
    const added = (k: keyof Sample) => median(a.map((x) => x[k])) - median(b.map((x) => x[k]));
    const note = `median of ${LOADS} loads each, with minus without, ${SETTLE_MS} ms after load`;
    rows.push(
      {
        name: `added script time: ${name}`,
        value: added('script'),
        unit: 'ms',
        budget,
        note: `${note}; CDP ScriptDuration, which leaves out promise continuations (microtasks): see the next row`,
      },
      {
        name: `added main-thread time: ${name}`,
        value: added('task'),
        unit: 'ms',
        budget,
        note: `${note}; CDP TaskDuration: all of it, microtasks, style and layout included; the two browsers differ by a few ms even where none of our code runs (the feed)`,
      },
      { name: `added JS heap: ${name}`, value: added('heap'), unit: 'MB', budget: null, note },
    );
  };
  try {
    for (const c of CASES) {
      const done = c.file.startsWith('search') ? chips(1) : c.file === 'feed.html' ? undefined : panelReady;
      await compare(pathFor(c.file), done, c.name, c.budget);
    }
    for (const { cards, budget } of LISTS)
      await compare(
        listUrl(cards),
        chips(cards),
        `people search with ${cards} cards, every card tagged`,
        budget,
      );
    rows.push({
      name: 'extension callbacks on an idle profile page (10 s)',
      value: await idleCallbacks(withExt.context, pathFor('ember-2024.html'), 10_000),
      unit: 'count',
      budget: 0,
      note: "trace events (FunctionCall, TimerFire, EventDispatch) running extension code in the page's renderer",
    });
  } finally {
    await withExt.close();
    await without.close();
    await rm(bareDir, { recursive: true, force: true });
  }
  return rows;
}
