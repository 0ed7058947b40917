import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { DEFAULT_ROUTES, PAGES, ROOT, type Routes } from '../harness';
import { type Recorder, recordNetwork } from './network';

// Real Firefox ESR with the built add-on, driven by puppeteer-core over WebDriver BiDi
// (ENGINEERING.md "Real Firefox"), linkedin.com served from the fictional fixtures. What BiDi does
// not do, and the way round it used here:
// - It refuses to navigate a tab to moz-extension:// ("not allowed in this context"): our pages are
//   reached from the options tab the add-on opens on install (it takes over the first, blank tab),
//   which asks `tabs.create` for the next one. Puppeteer keeps calling such tabs about:blank, so a
//   tab is found by what `location.href` says inside it.
// - It cannot evaluate in the background page: calls go through an extension page, as ours do.

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const HAS_FIREFOX = existsSync(FIREFOX);
export const FIREFOX_DIST = resolve(
  ROOT,
  process.env.CONSTELLATION_FIREFOX_DIST ?? join(process.env.CONSTELLATION_OUT ?? '.output', 'firefox-mv2'),
);
export const GECKO_ID = 'constellation@constellation.local';
/** Fixed with the extensions.webextensions.uuids pref, so our pages have a known origin. */
export const UUID = '6f0c1a52-8d3e-4b7a-9c21-5e4f3a2b1c0d';
export const ORIGIN = `moz-extension://${UUID}`;

if (!HAS_FIREFOX)
  console.log(
    `Firefox tests skipped: no Firefox at ${FIREFOX} (apt-get install firefox-esr, or FIREFOX_PATH).`,
  );

/** What a page showed that a person would call broken: console errors and uncaught exceptions. */
export interface PageProblems {
  errors: string[];
}
export type Tab = Page & PageProblems;

export interface FirefoxHarness {
  browser: Browser;
  /** The options page the add-on opened in its own tab on install. */
  options: Tab;
  /** Everything that tried to leave the machine, from any context (network.ts). */
  network: Recorder;
  /** Opens https://www.linkedin.com<path> in a new tab, served from the fixtures. */
  open(path: string): Promise<Tab>;
  /** One of our pages (popup.html, sidepanel.html?tab=3, …) in a new tab, in front unless `behind`. */
  openExtensionPage(path: string, behind?: boolean): Promise<Tab>;
  /** Calls the background's Api as our pages do (a runtime message from an extension page). */
  call<T = unknown>(method: string, ...args: unknown[]): Promise<T>;
  /** Runs `fn(arg)` in an extension page of ours (its `browser` is the add-on's API). */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** The add-on's id for the tab showing `page`. */
  tabId(page: Page): Promise<number>;
  /**
   * Proves the recorder sees both kinds of context: a fetch from `page` (a linkedin.com tab) and
   * one from an extension page, each to canary.invalid, must both be on record.
   */
  canaries(page: Tab): Promise<void>;
  /** Files the browser saved (downloads) land here. */
  downloads: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', html: 'text/html' };

// The extension API inside our pages (evaluate callbacks run there, not in Node).
declare const browser: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: {
    create(p: { url: string; active?: boolean }): Promise<{ id?: number }>;
    query(q: { url?: string }): Promise<{ id?: number; url?: string }[]>;
  };
};

function watch(page: Page): Tab {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return Object.assign(page, { errors });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Reloads one of our pages. BiDi's reload waits for a navigation it does not report for a
 * moz-extension:// document, so the page reloads itself and the new document is told apart from
 * the old by a mark only the old one carries.
 */
export async function reloadExtensionPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __old?: boolean }).__old = true;
    setTimeout(() => location.reload(), 0);
  });
  await until(
    () =>
      page
        .evaluate(
          () => document.readyState === 'complete' && !(window as unknown as { __old?: boolean }).__old,
        )
        .catch(() => false),
    Boolean,
    'the reloaded page',
  );
}

/** Reads until `ok` says yes (a state to reach, not a time to wait), or fails saying what it saw. */
export async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await pause(100);
  }
}

/** The tab whose document is at `href` (prefix), among the browser's pages. */
async function findTab(b: Browser, href: string, skip: Set<Target> = new Set()): Promise<Page> {
  for (let waited = 0; waited < 20_000; waited += 100) {
    for (const target of b.targets()) {
      if (target.type() !== 'page' || skip.has(target)) continue;
      const page = await target.page();
      const at = await page?.evaluate(() => location.href).catch(() => '');
      if (page && at?.startsWith(href)) return page;
    }
    await pause(100);
  }
  throw new Error(`no tab at ${href}`);
}

export async function launchFirefox({ routes = [] }: { routes?: Routes } = {}): Promise<FirefoxHarness> {
  const network = await recordNetwork();
  const downloads = await mkdtemp(join(tmpdir(), 'constellation-firefox-downloads-'));
  const b = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: process.env.HEADFUL !== '1',
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // The export's <a download> saves here without asking.
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      ...network.prefs,
    },
  });
  const first = (await b.pages())[0];
  await b.installExtension(FIREFOX_DIST);
  // On install the background opens the options page, which Firefox puts in the blank first tab.
  const options = watch(first ?? (await findTab(b, `${ORIGIN}/options.html`)));
  await until(
    () => options.evaluate(() => location.href).catch(() => ''),
    (href) => href.startsWith(`${ORIGIN}/options.html`),
    'the options page the add-on opens on install',
  );
  const all = [...routes, ...DEFAULT_ROUTES];
  let caller: Tab | null = null;

  const harness: FirefoxHarness = {
    browser: b,
    options,
    network,
    downloads,
    async open(path) {
      const page = watch(await b.newPage());
      await page.setRequestInterception(true);
      page.on('request', async (request) => {
        const url = new URL(request.url());
        // resourceType() is CDP-only; over BiDi a request knows whether it is the page itself.
        const type = request.isNavigationRequest() ? 'document' : 'other';
        network.seen.push({ url: request.url(), from: 'web-page', type });
        if (url.hostname !== 'www.linkedin.com') return request.abort('blockedbyclient');
        const file = all.find(([pattern]) => pattern.test(url.pathname))?.[1];
        if (!file) return request.respond({ status: 404, contentType: 'text/html', body: 'Not found' });
        return request.respond({
          status: 200,
          contentType: TYPES[file.split('.').pop() ?? 'html'] ?? 'text/html',
          body: await readFile(join(PAGES, file)),
        });
      });
      await page.goto(`https://www.linkedin.com${path}`);
      return page;
    },
    async openExtensionPage(path, behind = false) {
      const known = new Set(b.targets());
      const from = caller ?? options;
      await from.evaluate((url, active) => browser.tabs.create({ url, active }), `/${path}`, !behind);
      const page = await findTab(b, `${ORIGIN}/${path}`, known);
      // Its URL can show before its extension APIs do: a call made then fails with "browser is
      // not defined" (seen once in CI, in the first call through a new popup tab).
      await until(
        () =>
          page
            .evaluate(() => typeof browser === 'object' && document.readyState === 'complete')
            .catch(() => false),
        Boolean,
        `the extension APIs in ${path}`,
      );
      return watch(page);
    },
    async inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
      // A popup page of its own, behind the tab under test: Firefox slows the timers of tabs
      // behind (autosave, the fixture SPA's render), and the options page must not be interrupted.
      caller ??= await harness.openExtensionPage('popup.html', true);
      return (await caller.evaluate(fn as (arg: unknown) => T, arg as unknown)) as T;
    },
    async call<T>(method: string, ...args: unknown[]): Promise<T> {
      const response = await harness.inExtension(
        ([m, a]) =>
          browser.runtime.sendMessage({ constellation: 1, method: m, args: a }) as Promise<
            { ok: boolean; value?: T; error?: string } | undefined
          >,
        [method, args] as const,
      );
      if (!response?.ok) throw new Error(`${method}: ${response?.error ?? 'no answer'}`);
      return response.value as T;
    },
    async tabId(page) {
      const url = page.url();
      const id = await harness.inExtension(async (u) => (await browser.tabs.query({ url: u }))[0]?.id, url);
      if (id === undefined) throw new Error(`no tab at ${url}`);
      return id;
    },
    async canaries(page) {
      const ping = (url: string) =>
        fetch(url).then(
          () => 0,
          () => 0,
        );
      await page.evaluate(ping, 'https://page.canary.invalid/');
      await (caller ?? options).evaluate(ping, 'https://extension.canary.invalid/');
      for (const host of ['page.canary.invalid', 'extension.canary.invalid'])
        await until(
          async () => network.seen.some((r) => r.url.includes(host)),
          Boolean,
          `the recorder seeing ${host}`,
        );
    },
    async close() {
      await b.close();
      await network.close();
      await rm(downloads, { recursive: true, force: true });
    },
  };
  return harness;
}
