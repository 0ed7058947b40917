import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { closedRoots } from './closed-root';
import { BASHIR, ORIANE, TOVA_BACKUP } from './config';
import { DIST, type Harness, launch, ROOT } from './harness';

// `npm run demo`: Chromium with the built extension on the project's fictional LinkedIn pages.
// With a display: a window to click around in. Without one: screenshots, and where they are.

const OUT = join(ROOT, '.tmp/demo');
const PANEL = '[data-constellation="profile-panel"]';

async function prepare(h: Harness): Promise<void> {
  await h.call('importFile', 'demo-backup.json', JSON.stringify(TOVA_BACKUP));
  await h.call(
    'savePerson',
    { slug: BASHIR.slug, name: BASHIR.name, headline: 'Founder, Data Circle Nordics' },
    ['community'],
  );
}

async function shoot(page: Page, name: string, shots: string[]): Promise<void> {
  const path = join(OUT, `${name}.png`);
  // Finished, not mid-way: the panel rises in over 160 ms from the moment its answer is drawn.
  await page.screenshot({ path, animations: 'disabled' });
  shots.push(path);
}

async function headless(h: Harness): Promise<string[]> {
  await mkdir(OUT, { recursive: true });
  const shots: string[] = [];
  const profile = await h.open(`/in/${ORIANE.slug}/`);
  // The page display's roots are closed: reached through the DevTools protocol.
  const panel = closedRoots(profile);
  await panel.waitFor(PANEL, '.panel[data-status="ready"]');
  await shoot(profile, 'profile-panel', shots);
  await profile.emulateMedia({ colorScheme: 'dark' });
  await shoot(profile, 'profile-panel-dark', shots);
  await profile.emulateMedia({ colorScheme: 'light' });
  await panel.click(PANEL, '[data-action="collapse"]');
  await shoot(profile, 'profile-panel-collapsed', shots);
  await panel.click(PANEL, '[data-action="collapse"]');

  const search = await h.open('/search/results/people/?keywords=forecasting');
  await closedRoots(search).focus('[data-constellation="card-chips"]', '[data-need]');
  await shoot(search, 'search-chips', shots);

  const options = await h.openExtensionPage('options.html');
  await options.waitForLoadState('networkidle');
  await shoot(options, 'options', shots);
  const popup = await h.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.waitForLoadState('networkidle');
  await shoot(popup, 'popup', shots);
  return shots;
}

async function main(): Promise<void> {
  const headed = !!process.env.DISPLAY;
  const h = await launch({ headless: !headed });
  try {
    await prepare(h);
    if (headed) {
      await h.open(`/in/${ORIANE.slug}/`);
      await h.open('/search/results/people/?keywords=forecasting');
      await h.open('/feed/');
      console.log(
        `Chromium is open with Constellation (${relative(ROOT, DIST)}) on fictional LinkedIn pages:`,
      );
      console.log('  a profile, a people search and the feed. Close the window to finish.');
      await new Promise<void>((resolve) => h.context.on('close', () => resolve()));
      return;
    }
    const shots = await headless(h);
    console.log('No display here, so Constellation ran headless on fictional LinkedIn pages. Screenshots:');
    for (const shot of shots) console.log(`  ${relative(process.cwd(), shot)}`);
  } finally {
    await h.close().catch(() => {});
  }
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  console.error('Build first (npm run build:chrome), and check that Chromium is at /usr/bin/chromium.');
  process.exit(1);
});
