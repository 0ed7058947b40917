import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARRIVALS, PLACEHOLDER } from '../content/sdui-arrivals';
import { TOVA_BACKUP } from './config';
import { type Harness, launch, tabIdOf } from './harness';

// Issue 17, in real Chromium with the built extension: the 2026 profile's lazy sections and a
// people list's infinite scroll, as LinkedIn adds them, each reach the background as exactly one
// new page report (none for a section the reader does not keep), and the side panel ranks a
// list's new cards. The reports are counted where they arrive, in the service worker.

declare const chrome: {
  runtime: {
    onMessage: {
      addListener(listener: (message: unknown, sender: { tab?: { url?: string } }) => void): void;
    };
  };
};

interface Seen {
  url: string;
  experience: number;
  skills: number;
  cards: string[];
}

let h: Harness;
beforeAll(async () => {
  h = await launch({
    routes: [
      [/^\/in\/chiara-benedetti\/$/, 'sdui-2026.html'],
      [/^\/search\/results\/people\/?$/, 'search-sdui-2026.html'],
    ],
  });
  await h.call('importFile', 'backup.json', JSON.stringify(TOVA_BACKUP)); // the side-panel display
  // A second listener beside the background's router: it only looks, and never answers.
  await h.worker.evaluate(() => {
    const g = globalThis as unknown as { __seen: Seen[] };
    g.__seen = [];
    chrome.runtime.onMessage.addListener((message, sender) => {
      const m = message as { constellation?: number; method?: string; args?: [unknown] };
      if (m?.constellation !== 1 || m.method !== 'reportPage' || !m.args?.[0]) return;
      const r = m.args[0] as {
        profile: { experience: unknown[]; skills: unknown[] } | null;
        cards: { slug: string }[];
      };
      g.__seen.push({
        url: sender.tab?.url ?? '',
        experience: r.profile?.experience.length ?? -1,
        skills: r.profile?.skills.length ?? -1,
        cards: r.cards.map((c) => c.slug),
      });
    });
  });
});
afterAll(() => h?.close());

const seen = async (page: Page) => {
  const all = await h.worker.evaluate(() => (globalThis as unknown as { __seen: Seen[] }).__seen);
  return all.filter((s) => s.url === page.url());
};

describe('what LinkedIn adds as the user scrolls', () => {
  it('a lazy section gives one report when it changes the read, none when it does not', async () => {
    const page = await h.open('/in/chiara-benedetti/');
    // A side panel on the tab: someone can see what the page reads, so it is read and followed.
    const panel = await h.openExtensionPage(`sidepanel.html?tab=${await tabIdOf(h, page)}`);
    await expect.poll(async () => (await seen(page)).length, { timeout: 10_000 }).toBe(1);
    const fill = (part: keyof typeof ARRIVALS) =>
      page.evaluate(
        ([css, html]) => {
          document.querySelector(css)!.innerHTML = html;
        },
        [PLACEHOLDER[part], ARRIVALS[part]] as const,
      );
    await fill('experience');
    await expect.poll(async () => (await seen(page)).length).toBe(2);
    await fill('education'); // not a field the reader keeps
    await fill('skills');
    await expect.poll(async () => (await seen(page)).length).toBe(3);
    // Two frames and a round trip: time for a report loop to show itself.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await h.call('getConfig');
    expect((await seen(page)).map(({ experience, skills }) => [experience, skills])).toEqual([
      [0, 3],
      [2, 3],
      [2, 5],
    ]);
    expect([...page.errors, ...panel.errors]).toEqual([]);
    await Promise.all([panel.close(), page.close()]);
  });

  it('a batch of cards on a people list is one report, and the side panel ranks them', async () => {
    const page = await h.open('/search/results/people/?keywords=mentor');
    const panel = await h.openExtensionPage(`sidepanel.html?tab=${await tabIdOf(h, page)}`);
    const rows = panel.locator(
      '[data-constellation="side-panel"] [data-constellation="page-people"] > [data-slug]',
    );
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(10);
    // One burst, as infinite scroll appends: the ten cards again under new slugs.
    await page.evaluate(() => {
      const list = document.querySelector('[role="list"]')!;
      for (const item of [...list.querySelectorAll(':scope > [role="listitem"]')]) {
        const copy = item.cloneNode(true) as Element;
        for (const a of copy.querySelectorAll('a[href]'))
          a.setAttribute('href', a.getAttribute('href')!.replace(/(\/in\/|vanityName=)([^/?&]+)/, '$1$2-p2'));
        list.append(copy);
      }
    });
    await expect.poll(() => rows.count()).toBe(20);
    const reports = await seen(page);
    expect(reports).toHaveLength(2);
    expect(reports[1]!.cards.slice(0, 10)).toEqual(reports[0]!.cards);
    expect(reports[1]!.cards.slice(10)).toEqual(reports[0]!.cards.map((slug) => `${slug}-p2`));
    expect([...page.errors, ...panel.errors]).toEqual([]);
    await Promise.all([panel.close(), page.close()]);
  });
});
