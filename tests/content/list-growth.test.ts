// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lifetime } from '../../lib/content/lifetime';
import { installPageDisplay } from '../../lib/content/page-display-install';
import { installPageReader } from '../../lib/content/page-reader-install';
import { startContent } from '../../lib/content/start';
import type { Display } from '../../lib/domain';
import type { ContentApi, PageDraw } from '../../lib/messages/content';
import type { PageReport } from '../../lib/page-report';

// Issue 17: a people list grows as the user scrolls (LinkedIn appends a batch of cards in one
// burst). The real content script must report the grown list once per batch, with the new cards
// in it, and nothing more: not for its own chips, not for a change that brings no card.

const URL_ = 'https://www.linkedin.com/search/results/people/?keywords=mentor';
const HTML = readFileSync(join(import.meta.dirname, '../fixtures/pages/search-sdui-2026.html'), 'utf8');

const running = () =>
  (globalThis as Record<symbol, Lifetime | undefined>)[Symbol.for('constellation.content')];
afterEach(() => {
  running()?.end();
  document.body.innerHTML = '';
});

function start(display: Display) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_);
  // Parsed as a browser does (jsdom splits nested links as Chromium does; happy-dom nests them),
  // then handed over as markup that no longer nests.
  const parsed = new JSDOM(HTML).window.document;
  document.body.innerHTML = parsed.body.innerHTML;
  const reports: string[][] = [];
  const api = {
    pageStart: async () => ({
      display,
      panelCollapsed: false,
      read: true,
      ui: { panelCss: '', chipsCss: '', needNames: { community: 'Community' }, labelWords: {} },
    }),
    // As the background answers: every card, each tagged, so the page display mounts chips on all.
    reportPage: async (report: PageReport | null): Promise<PageDraw> => {
      reports.push(report?.cards.map((c) => c.slug) ?? []);
      const tags = [{ need: 'community' as const, strength: 0.6, reasons: ['Runs a mentoring circle'] }];
      return {
        tags: [],
        labels: [],
        person: null,
        cards: Object.fromEntries((report?.cards ?? []).map((c) => [c.slug, { tags, labels: [] }])),
      };
    },
    // As the background does: the page display's drawing code, injected on the first page that draws.
    loadPageDisplay: async () => installPageDisplay(),
    loadPageReader: async () => installPageReader(),
  } as unknown as ContentApi;
  startContent(api);
  return reports;
}

/** One burst, as infinite scroll appends: copies of the first cards under new slugs. */
function appendBatch(suffix: string, count = 10): string[] {
  const list = document.querySelector('[role="list"]')!;
  const items = [...list.querySelectorAll(':scope > [role="listitem"]')].slice(0, count);
  const slugs: string[] = [];
  for (const item of items) {
    const copy = item.cloneNode(true) as Element;
    for (const ours of copy.querySelectorAll('[data-constellation]')) ours.remove();
    for (const a of copy.querySelectorAll('a[href]'))
      a.setAttribute(
        'href',
        a.getAttribute('href')!.replace(/(\/in\/|vanityName=)([^/?&]+)/, `$1$2-${suffix}`),
      );
    const slug = /\/in\/([^/]+)\//.exec(copy.querySelector('a[href*="/in/"]')!.getAttribute('href')!)![1]!;
    slugs.push(slug);
    list.append(copy);
  }
  return slugs;
}

const frames = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
};

describe.each(['side-panel', 'page'] as const)('a people list growing, %s display', (display) => {
  it('one report per batch, holding the new cards after the ones before; none for anything else', async () => {
    const reports = start(display);
    await vi.waitFor(() => expect(reports.length).toBe(1));
    const first = reports[0]!;
    expect(first).toHaveLength(10);
    await frames();
    expect(reports).toHaveLength(1); // chips went in (page display): nothing new to report

    const batch = appendBatch('p2');
    await vi.waitFor(() => expect(reports.length).toBe(2));
    expect(reports[1]).toEqual([...first, ...batch]);

    // A change without cards (a spinner LinkedIn shows under the list) sends nothing.
    document
      .querySelector('main')!
      .append(Object.assign(document.createElement('div'), { textContent: 'Loading' }));
    await frames();
    const next = appendBatch('p3');
    await vi.waitFor(() => expect(reports.length).toBe(3));
    await frames();
    expect(reports).toHaveLength(3);
    expect(reports[2]).toEqual([...first, ...batch, ...next]);
    if (display === 'page')
      expect(document.querySelectorAll('[data-constellation="card-chips"]').length).toBe(30);
  });
});
