// Reader timings (issue 3 budget: a full profile page ≤ 3 ms in the browser). Medians of many runs
// over the project fixtures: in jsdom (slow selector engine: an upper bound, not the budget) and,
// when Chromium is installed, in Chromium itself, where the budget applies. Plus the reader's
// shipped size, since the content script pays for it on every LinkedIn page.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { readPage } from '../../lib/reader';
import { FIXTURE_URLS } from '../reader/fixture-urls';
import type { BenchRow } from './row';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const PROFILE_PAGES = [
  'ember-2024',
  'hashed-2025',
  'sdui-2026',
  'pvs-2022',
  'ember-2024+filler',
  'sdui-2026+filler',
];
const LIST_PAGES = ['search-ember-2025', 'search-sdui-2026'];
const RUNS = 60;
const CHROMIUM = '/usr/bin/chromium';

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Number(sorted[Math.floor(sorted.length / 2)]!.toFixed(3));
}

// Real profile pages hold 2,000–3,500 elements (the saved ones in ../shared); the fixtures ~300.
// "<name>+filler" pads a fixture to that size with inert markup, to time a page of real size.
const FILLER =
  '<div class="artdeco-card"><ul><li><span><a href="/feed/">x</a></span><p>y</p></li></ul></div>'.repeat(500);

function html(name: string): string {
  const [base, filler] = name.split('+');
  const page = readFileSync(join(PAGES, `${base}.html`), 'utf8');
  return filler ? page.replace('</body>', `<aside>${FILLER}</aside></body>`) : page;
}

function inJsdom(name: string): number {
  const url = FIXTURE_URLS[name]!;
  const doc = new JSDOM(html(name), { url }).window.document;
  for (let i = 0; i < 5; i++) readPage(doc, url); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    readPage(doc, url);
    times.push(performance.now() - start);
  }
  return median(times);
}

async function bundle(): Promise<string | null> {
  try {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [join(import.meta.dirname, '../../lib/reader/index.ts')],
      bundle: true,
      minify: true,
      format: 'iife',
      globalName: 'ConstellationReader',
      write: false,
      target: 'es2022',
    });
    return out.outputFiles[0]!.text;
  } catch {
    return null;
  }
}

async function inChromium(code: string, names: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!existsSync(CHROMIUM)) return out;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    for (const name of names) {
      await page.setContent(html(name));
      await page.addScriptTag({ content: code });
      const value = await page.evaluate(
        ([url, runs]) => {
          const reader = (globalThis as unknown as { ConstellationReader: { readPage: typeof readPage } })
            .ConstellationReader;
          for (let i = 0; i < 5; i++) reader.readPage(document, url);
          const times: number[] = [];
          for (let i = 0; i < runs; i++) {
            const start = performance.now();
            reader.readPage(document, url);
            times.push(performance.now() - start);
          }
          times.sort((a, b) => a - b);
          return times[Math.floor(times.length / 2)]!;
        },
        [FIXTURE_URLS[name.split('+')[0]!]!, RUNS] as const,
      );
      out.set(name, Number(value.toFixed(3)));
    }
  } finally {
    await browser.close();
  }
  return out;
}

export async function bench(): Promise<BenchRow[]> {
  const load = `load average ${loadavg()[0]!.toFixed(1)}`;
  const rows: BenchRow[] = [];
  const code = await bundle();
  if (code) {
    const chrome = await inChromium(code, [...PROFILE_PAGES, ...LIST_PAGES]);
    for (const [name, ms] of chrome) {
      const budget = PROFILE_PAGES.includes(name) ? 3 : null;
      rows.push({
        name: `readPage ${name} (Chromium)`,
        value: ms,
        unit: 'ms',
        budget,
        note: `median of ${RUNS}; ${load}`,
      });
    }
    rows.push({
      name: 'reader bundle (minified)',
      value: Math.round(code.length / 102.4) / 10,
      unit: 'KB',
      budget: null,
    });
    rows.push({
      name: 'reader bundle (gzip)',
      value: Math.round(gzipSync(code).byteLength / 102.4) / 10,
      unit: 'KB',
      budget: null,
    });
  }
  for (const name of [...PROFILE_PAGES.filter((n) => !n.includes('+')), ...LIST_PAGES, 'feed'])
    rows.push({
      name: `readPage ${name} (jsdom)`,
      value: inJsdom(name),
      unit: 'ms',
      budget: null,
      note: `median of ${RUNS}; jsdom's selector engine, an upper bound; ${load}`,
    });
  return rows;
}
