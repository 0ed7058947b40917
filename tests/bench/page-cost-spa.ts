// What following LinkedIn's in-page navigation costs the page: a click from one profile to the
// next in the fixture SPA (pushState, a skeleton, the next person rendered 60 ms later), measured
// from just before the click until SETTLE_MS after it, with the extension minus without, beside
// the A/A noise of a second browser without it. A full load (page-cost.ts) pays the script's start
// and the reader's first read in a new isolated world; a move inside the page finds both there,
// as a user going from profile to profile with the side panel open does most of the time.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { TabPage } from '../../lib/page-report';
import { BASHIR, ORIANE, TOVA_BACKUP } from '../browser/config';
import { type Harness, launch, launchChromium, routeLinkedIn, tabIdOf } from '../browser/harness';
import { LOADS, metrics, rounds, sidePanelFor, untilUnregistered } from './page-cost-browser';
import type { BenchRow } from './row';

const SETTLE_MS = 1500;
const FROM = `https://www.linkedin.com/in/${ORIANE.slug}/`;
/** The side card that leads to the next person (the SPA handles its click). */
const LINK = `aside a[href="/in/${BASHIR.slug}/"]`;

type Sample = { script: number; task: number };

/** The background's report for the tab: the person it last took from the page, if any. */
async function reportedSlug(h: Harness, tabId: number): Promise<string | null> {
  const tab = await h.call<TabPage | null>('tabPage', tabId);
  return tab?.report.profile?.slug ?? null;
}

async function untilReported(h: Harness, tabId: number, slug: string): Promise<void> {
  for (let waited = 0; (await reportedSlug(h, tabId)) !== slug; waited += 100) {
    if (waited > 10_000) throw new Error(`${slug} was not reported`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * One move: a new tab on FROM, settled, then a click on LINK with CDP input only (no script of the
 * bench runs in the page between the two readings). `watch`: a side panel is pinned to the tab.
 */
async function move(context: BrowserContext, watch?: Harness): Promise<Sample> {
  const page = await context.newPage();
  const panel = watch ? await sidePanelFor(watch) : null;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(FROM);
  const link = page.locator(LINK);
  await link.scrollIntoViewIfNeeded();
  const tabId = watch ? await tabIdOf(watch, page) : -1;
  if (watch) await untilReported(watch, tabId, ORIANE.slug);
  await page.waitForTimeout(SETTLE_MS);
  const box = await link.boundingBox();
  if (!box) throw new Error(`${LINK} is not on screen`);
  const before = await metrics(cdp);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(SETTLE_MS);
  const after = await metrics(cdp);
  // Checked after the figures: the move was followed, the next person read and reported.
  const reported = watch ? await reportedSlug(watch, tabId) : null;
  const at = page.url();
  await Promise.all([page.close(), panel?.close()]);
  if (watch) await untilUnregistered(watch);
  if (!at.includes(BASHIR.slug)) throw new Error(`the click did not move the page (still at ${at})`);
  if (watch && reported !== BASHIR.slug)
    throw new Error(`after the move the background held ${reported}, not ${BASHIR.slug}`);
  const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return { script: delta('ScriptDuration'), task: delta('TaskDuration') };
}

export async function bench(): Promise<BenchRow[]> {
  const h = await launch();
  await h.call('importFile', 'bench-backup.json', JSON.stringify(TOVA_BACKUP));
  const dirs = await Promise.all([1, 2].map(() => mkdtemp(join(tmpdir(), 'constellation-bare-'))));
  const [bare, twin] = await Promise.all(dirs.map((dir) => launchChromium(dir, { extension: false })));
  try {
    await Promise.all([routeLinkedIn(bare!), routeLinkedIn(twin!)]);
    const [without, again, watched] = await rounds([
      () => move(bare!),
      () => move(twin!),
      () => move(h.context, h),
    ]);
    const aa = again!.task - without!.task;
    const note = `median of ${LOADS} moves each, with minus without, from the click until ${SETTLE_MS} ms after it`;
    return [
      {
        name: 'side panel open on the tab: added script time of an in-page move to the next profile',
        value: watched!.script - without!.script,
        unit: 'ms',
        budget: 3,
        note: `${note}; CDP ScriptDuration; A/A ${(again!.script - without!.script).toFixed(1)} ms`,
      },
      {
        name: 'side panel open on the tab: added main-thread time of an in-page move to the next profile',
        value: watched!.task - without!.task,
        unit: 'ms',
        budget: Math.abs(aa) + 5,
        note: `${note}; CDP TaskDuration in the main thread's CPU time; budget: within 5 ms of the A/A difference, ${aa.toFixed(1)} ms here`,
      },
    ];
  } finally {
    await h.close();
    await Promise.all([bare!.close(), twin!.close()]);
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}
