import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

// Real Chromium with the built extension, and linkedin.com served from the project's fictional
// fixture pages (ENGINEERING.md recipe). Nothing leaves the machine: every other request is refused.

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(ROOT, process.env.CONSTELLATION_DIST ?? '.output/chrome-mv3');
export const PAGES = join(ROOT, 'tests/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** URL path → fixture file in tests/fixtures/pages; first match wins. */
export type Routes = [RegExp, string][];

export const DEFAULT_ROUTES: Routes = [
  [/^\/__fixture\/spa\.js$/, 'browser-spa.js'],
  [/^\/__fixture\/app\.css$/, 'browser-app.css'],
  [/^\/__fixture\/people\.html$/, 'browser-people.html'],
  [/^\/feed\/?$/, 'feed-spa.html'],
  [/^\/in\/[^/]+\//, 'browser-app.html'],
  [/^\/search\/results\/people\/?$/, 'browser-app.html'],
];

// The extension API inside pages and the service worker (evaluate callbacks run there, not in Node).
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css', html: 'text/html' };

export interface PageProblems {
  /** console.error messages and uncaught exceptions on the page. */
  errors: string[];
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens https://www.linkedin.com<path> in a new tab, collecting its console errors. */
  open(path: string): Promise<Page & PageProblems>;
  /** An extension page (popup.html, options.html, …) in a tab. */
  openExtensionPage(page: string): Promise<Page & PageProblems>;
  /** Calls the background's Api as our own pages do (runtime message from an extension page). */
  call<T = unknown>(method: string, ...args: unknown[]): Promise<T>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra routes tried before the defaults (other helpers' per-generation fixtures). */
  routes?: Routes;
  headless?: boolean;
}

/** Chromium on a fresh profile, with the built extension unless `extension` is false (benchmarks). */
export async function launchChromium(
  userDataDir: string,
  { extension = true, headless = true }: { extension?: boolean; headless?: boolean } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(extension ? [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Serves https://www.linkedin.com from fixture files; every other host is refused. */
export async function routeLinkedIn(context: BrowserContext, extra: Routes = []): Promise<void> {
  const routes = [...extra, ...DEFAULT_ROUTES];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    if (url.hostname !== 'www.linkedin.com') return route.abort('blockedbyclient');
    const file = routes.find(([pattern]) => pattern.test(url.pathname))?.[1];
    if (!file)
      return route.fulfill({
        status: 404,
        contentType: 'text/html',
        body: '<!doctype html><title>Not found</title>',
      });
    const body = await readFile(join(PAGES, file));
    return route.fulfill({
      status: 200,
      contentType: TYPES[file.split('.').pop() ?? 'html'] ?? 'text/html',
      body,
    });
  });
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'constellation-browser-'));
  const context = await launchChromium(userDataDir, { headless: options.headless });
  await routeLinkedIn(context, options.routes);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // On install the background opens the options page in a new tab. Until that tab exists it can
  // take over a tab a test is navigating ("interrupted by another navigation"): wait for it first.
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (context.pages().some((p) => p.url().endsWith('/options.html'))) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  let caller: Page | null = null;

  const watch = (page: Page): Page & PageProblems => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
    return Object.assign(page, { errors });
  };

  const harness: Harness = {
    context,
    extensionId,
    worker,
    async open(path) {
      const page = watch(await context.newPage());
      await page.goto(`https://www.linkedin.com${path}`);
      return page;
    },
    async openExtensionPage(name) {
      const page = watch(await context.newPage());
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return page;
    },
    async call<T>(method: string, ...args: unknown[]): Promise<T> {
      // On first install the background opens the options page, which can take over the tab we
      // talk through; then we try again in a fresh tab.
      for (let attempt = 1; ; attempt++) {
        try {
          if (!caller || caller.isClosed() || !caller.url().startsWith('chrome-extension:')) {
            caller = await context.newPage();
            await caller.goto(`chrome-extension://${extensionId}/popup.html`);
          }
          // A service worker that is still starting can leave the first message unanswered.
          const response = (await Promise.race([
            caller.evaluate(
              ([m, a]) => chrome.runtime.sendMessage({ constellation: 1, method: m, args: a }),
              [method, args] as const,
            ),
            new Promise((_, reject) => setTimeout(() => reject(new Error('no answer in 15 s')), 15_000)),
          ])) as { ok: boolean; value?: T; error?: string } | undefined;
          if (!response?.ok) throw new Error(`${method}: ${response?.error ?? 'no answer'}`);
          return response.value as T;
        } catch (error) {
          if (attempt >= 3 || (error instanceof Error && error.message.startsWith(`${method}:`))) throw error;
          await caller?.close().catch(() => {});
          caller = null;
        }
      }
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** The tab's toolbar badge text, read in the service worker (quiet mode shows the tag count). */
export async function badgeFor(harness: Harness, page: Page): Promise<string> {
  const url = page.url();
  return harness.worker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}

/** The browser's id of the tab showing `page` (read in the service worker): what `?tab=` pins. */
export async function tabIdOf(harness: Harness, page: Page): Promise<number> {
  const url = page.url();
  const id = await harness.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

/** The fixture SPA's record of DOM changes it did not make itself (browser-spa.js). */
export function foreignMutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __foreignMutations(): string[] }).__foreignMutations());
}
