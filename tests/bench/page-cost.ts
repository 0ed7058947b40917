// What the content script costs a LinkedIn page, in real Chromium: CDP ScriptDuration and
// JSHeapUsedSize with the extension minus without it, medians of many loads of the same fixture,
// on profiles from three layout generations, a people list and a feed page (where it must do
// nothing). Also the callbacks the extension runs while a page sits idle.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { TOVA_BACKUP } from '../browser/config';
import { launch, launchChromium, PAGES, type Routes, routeLinkedIn } from '../browser/harness';
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

/** One route per case, so both browsers fetch byte-identical pages. */
const ROUTES: Routes = CASES.map(({ file }) => {
  const path = pathFor(file).split('?')[0]!;
  return [new RegExp(`^${path.replace(/[/.]/g, '\\$&')}$`), file];
});

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Loads `path` in a fresh tab, lets the extension finish, and returns script ms and heap MB. */
async function measure(context: BrowserContext, path: string, settle: (page: Page) => Promise<void>) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`https://www.linkedin.com${path}`);
  await settle(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const m = await metrics(cdp);
  await page.close();
  return { script: (m.ScriptDuration ?? 0) * 1000, heap: (m.JSHeapUsedSize ?? 0) / 1024 / 1024 };
}

/** Counts trace events that ran extension code while the page sat idle for `ms`. */
async function idleCallbacks(context: BrowserContext, path: string, ms: number): Promise<number> {
  const page = await context.newPage();
  await page.goto(`https://www.linkedin.com${path}`);
  await page.locator('[data-constellation="profile-panel"] [data-need]').first().waitFor();
  const cdp = await context.newCDPSession(page);
  const events: { name: string; args?: { data?: { url?: string; scriptName?: string } } }[] = [];
  // Playwright types only its own CDP events; these two are the tracing protocol's.
  const on = cdp.on.bind(cdp) as unknown as (name: string, fn: (e: { value: typeof events }) => void) => void;
  on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise<void>((resolve) => on('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.waitForTimeout(ms);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const ours = (e: (typeof events)[number]) =>
    /^chrome-extension:/.test(e.args?.data?.url ?? e.args?.data?.scriptName ?? '');
  return events.filter((e) => ['FunctionCall', 'TimerFire', 'EventDispatch'].includes(e.name) && ours(e))
    .length;
}

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const withExt = await launch({ routes: ROUTES });
  // A user with a mapped self-profile and needs, so pages get tags as they would for a real user.
  await withExt.call('importFile', 'bench-backup.json', JSON.stringify(TOVA_BACKUP));
  const bareDir = await mkdtemp(join(tmpdir(), 'constellation-bare-'));
  const without = await launchChromium(bareDir, { extension: false });
  await routeLinkedIn(without, ROUTES);
  try {
    for (const c of CASES) {
      const path = pathFor(c.file);
      const kind = c.file.startsWith('search')
        ? 'card-chips'
        : c.file === 'feed.html'
          ? null
          : 'profile-panel';
      const settleWith = async (page: Page) => {
        // Done when the panel has its answer, or the first chip is drawn (hosts have no box).
        const done =
          kind === 'profile-panel'
            ? '[data-constellation="profile-panel"] .panel[data-status="ready"]'
            : '[data-constellation="card-chips"] [data-need]';
        if (kind) await page.locator(done).first().waitFor({ timeout: 10_000 });
        await page.waitForTimeout(100);
      };
      const settleWithout = async (page: Page) => {
        await page.waitForLoadState('load');
        await page.waitForTimeout(100);
      };
      const a: { script: number; heap: number }[] = [];
      const b: { script: number; heap: number }[] = [];
      // Interleaved so that machine noise falls on both sides alike.
      for (let i = 0; i < LOADS; i++) {
        a.push(await measure(withExt.context, path, settleWith));
        b.push(await measure(without, path, settleWithout));
      }
      const script = median(a.map((x) => x.script)) - median(b.map((x) => x.script));
      const heap = median(a.map((x) => x.heap)) - median(b.map((x) => x.heap));
      const note = `median of ${LOADS} loads each, with minus without`;
      rows.push({ name: `added script time: ${c.name}`, value: script, unit: 'ms', budget: c.budget, note });
      rows.push({ name: `added JS heap: ${c.name}`, value: heap, unit: 'MB', budget: null, note });
    }
    rows.push({
      name: 'extension callbacks on an idle profile page (10 s)',
      value: await idleCallbacks(withExt.context, pathFor('ember-2024.html'), 10_000),
      unit: 'count',
      budget: 0,
      note: 'trace events (FunctionCall, TimerFire, EventDispatch) in extension code',
    });
  } finally {
    await withExt.close();
    await without.close();
    await rm(bareDir, { recursive: true, force: true });
  }
  return rows;
}
