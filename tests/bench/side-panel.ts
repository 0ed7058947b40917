// The side panel's budgets in real Chromium (issue 15), the built extension in the default display:
// how soon the panel shows a profile's tags once the top card is in the LinkedIn page, how soon it
// ranks a 100-card list once the list is on screen, and its own first render at 5,000 people.
// Both pages keep epoch-based clocks (performance.timeOrigin + now), so one page's moment can be
// compared with the other's; each moment is taken by a MutationObserver installed before the
// page's scripts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BASHIR, ORIANE, TOVA_BACKUP } from '../browser/config';
import { CHROMIUM, DIST, launch, PAGES, tabIdOf } from '../browser/harness';
import type { BenchRow } from './row';
import { bigBackup } from './store-chromium';

type Probe = { __at?: number; __watch?: (selector: string, count: number) => void };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;
const ROUNDS = 15;
const LIST_PATH = '/mynetwork/bench-100/';

// `__watch(selector, count)` records in `__at` the first moment `count` elements match.
const WATCH = `window.__watch = (selector, count) => {
  window.__at = undefined;
  const check = (o) => {
    if (document.querySelectorAll(selector).length < count) return;
    window.__at = performance.timeOrigin + performance.now();
    o?.disconnect();
  };
  const o = new MutationObserver(() => check(o));
  o.observe(document, { childList: true, subtree: true });
  check(o);
};`;

/** 100 fictional cards: the 25-card fixture four times over, each copy with its own slugs. */
function hundredCards(): string {
  const html = readFileSync(join(PAGES, 'browser-list-25.html'), 'utf8');
  const items = html.match(/<li class="reusable-search__result-container">[\s\S]*?<\/li>/g) ?? [];
  const copies = [0, 1, 2, 3].flatMap((k) =>
    items.map((li) => li.replace(/-fictional\//g, `-fictional-${k}/`)),
  );
  return html.replace(
    /<ul class="results">[\s\S]*<\/ul>/,
    `<ul class="results">\n${copies.join('\n')}\n</ul>`,
  );
}

// In every LinkedIn page load: the first moment the profile's top card (h1) is there, and the
// first moment 100 cards are.
const PAGE_MOMENTS = `window.__moments = {};
  new MutationObserver((_, o) => {
    const m = window.__moments, at = performance.timeOrigin + performance.now();
    if (m.h1 === undefined && document.querySelector('main h1')) m.h1 = at;
    if (m.cards === undefined && document.querySelectorAll('[data-chameleon-result-urn]').length >= 100) m.cards = at;
  }).observe(document, { childList: true, subtree: true });`;
type Moments = { __moments?: { h1?: number; cards?: number } };

/** Milliseconds from the LinkedIn page's moment `moment` to the panel showing `count` of `selector`. */
async function lag(
  linkedin: Page,
  panel: Page,
  url: string,
  moment: 'h1' | 'cards',
  [selector, count]: [string, number],
): Promise<number> {
  await panel.evaluate(([s, c]) => (window as Probe).__watch!(s, c), [selector, count] as const);
  await linkedin.goto(url);
  await linkedin.waitForFunction((m) => (window as Moments).__moments?.[m] !== undefined, moment, {
    timeout: 30_000,
  });
  await panel.waitForFunction(() => (window as Probe).__at !== undefined, null, { timeout: 30_000 });
  const shown = await linkedin.evaluate((m) => (window as Moments).__moments![m]!, moment);
  const drawn = await panel.evaluate(() => (window as Probe).__at!);
  return drawn - shown;
}

export async function bench(): Promise<BenchRow[]> {
  if (!existsSync(DIST) || !existsSync(CHROMIUM)) {
    process.stderr.write(`side-panel: skipped (needs ${DIST} and ${CHROMIUM})\n`);
    return [];
  }
  const h = await launch();
  try {
    const body = hundredCards();
    await h.context.route(`https://www.linkedin.com${LIST_PATH}`, (r) =>
      r.fulfill({ status: 200, contentType: 'text/html', body }),
    );
    // Tova's needs and 5,000 people (20,000 history steps) in the pipeline, as the popup's bench.
    const big = { ...bigBackup(5000, 20_000), self: TOVA_BACKUP.self, needs: TOVA_BACKUP.needs };
    const seeded = await h.call<{ ok: boolean; message: string }>(
      'importFile',
      'big.json',
      JSON.stringify(big),
    );
    if (!seeded.ok) throw new Error(seeded.message);
    await h.call('saveSettings', { onboarded: true });

    const linkedin = await h.context.newPage();
    await linkedin.addInitScript(PAGE_MOMENTS);
    await linkedin.goto('https://www.linkedin.com/feed/');
    const tabId = await tabIdOf(h, linkedin);
    const panel = await h.context.newPage();
    await panel.addInitScript(WATCH);
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`);

    const tags: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const slug = i % 2 ? BASHIR.slug : ORIANE.slug;
      tags.push(
        await lag(linkedin, panel, `https://www.linkedin.com/in/${slug}/`, 'h1', [
          `[data-person="${slug}"] [data-need]`,
          1,
        ]),
      );
    }
    const ranked: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      // Between rounds a profile, so the list is new to the panel each time.
      await linkedin.goto(`https://www.linkedin.com/in/${ORIANE.slug}/`);
      await panel.locator(`[data-person="${ORIANE.slug}"]`).waitFor();
      ranked.push(
        await lag(linkedin, panel, `https://www.linkedin.com${LIST_PATH}`, 'cards', [
          '[data-constellation="page-people"] > [data-slug]',
          100,
        ]),
      );
    }
    // First render: navigation start to the profile's tags drawn, in a freshly opened panel.
    await linkedin.goto(`https://www.linkedin.com/in/${ORIANE.slug}/`);
    await panel.locator(`[data-person="${ORIANE.slug}"] [data-need]`).first().waitFor();
    await panel.close();
    const first: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const fresh = await h.context.newPage();
      await fresh.addInitScript(`${WATCH}; window.__watch('[data-person] [data-need]', 1);`);
      await fresh.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`);
      await fresh.waitForFunction(() => (window as Probe).__at !== undefined, null, { timeout: 30_000 });
      first.push(await fresh.evaluate(() => (window as Probe).__at! - performance.timeOrigin));
      await fresh.close();
    }
    const spread = (xs: number[]) => `p90 ${Math.round(p90(xs))} ms, max ${Math.round(Math.max(...xs))} ms`;
    return [
      {
        name: 'side panel shows the profile’s tags after its top card is in the page (Chromium)',
        value: Math.round(median(tags)),
        unit: 'ms',
        budget: 100,
        note: `median of ${ROUNDS} profile loads in the pinned tab (two people in turn), from the page's h1 to the panel's first tag; ${spread(tags)}; 5,000 people in the pipeline`,
      },
      {
        name: 'side panel ranks a 100-card list after the list is on screen (Chromium)',
        value: Math.round(median(ranked)),
        unit: 'ms',
        budget: 200,
        note: `median of ${ROUNDS} loads, from the 100th card in the page to the 100th ranked row in the panel (the content script starts at document_idle); ${spread(ranked)}`,
      },
      {
        name: 'side panel first render, 5,000 people + 20,000 events (Chromium)',
        value: Math.round(median(first)),
        unit: 'ms',
        budget: 150,
        note: `median of ${ROUNDS} opens of sidepanel.html pinned to a profile tab, navigation start to the first tag drawn; ${spread(first)}`,
      },
    ];
  } finally {
    await h.close();
  }
}
