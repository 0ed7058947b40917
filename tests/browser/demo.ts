import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { closedRoots } from './closed-root';
import { BASHIR, ORIANE, TOVA_BACKUP } from './config';
import { DIST, type Harness, launch, ROOT, tabIdOf } from './harness';

// `npm run demo`: Chromium with the built extension on the project's fictional LinkedIn pages.
// With a display: a window to click around in. Without one: the store listing's screenshots
// (1280×800, light and dark), and where they are. A headless browser has no side panel of its
// own, so the side panel page is pinned to the LinkedIn tab (`sidepanel.html?tab=<id>`, as the
// tests open it) and the two are set side by side, as a user sees them.

const OUT = join(ROOT, '.tmp/demo');
const SHOT = { width: 1280, height: 800 };
const SIDE = 400;
const PANEL = '[data-constellation="profile-panel"]';
const SIDE_PANEL = '[data-constellation="side-panel"]';
const LIST_PATH = '/mynetwork/grow/';
const THEMES = ['light', 'dark'] as const;

async function prepare(h: Harness): Promise<void> {
  await h.call('importFile', 'demo-backup.json', JSON.stringify(TOVA_BACKUP));
  await h.call(
    'savePerson',
    { slug: BASHIR.slug, name: BASHIR.name, headline: 'Founder, Data Circle Nordics' },
    ['community'],
  );
  // Saved from her profile, so the drafter has her name and work to write from.
  await h.call(
    'savePerson',
    {
      slug: ORIANE.slug,
      name: ORIANE.name,
      headline: 'Director of Forecasting at Meridian Climate Lab | time series, grant writing',
      company: 'Meridian Climate Lab',
    },
    ['project-feedback'],
  );
}

/** Pictures laid out left to right on one 1280×800 canvas, in the theme's background. */
async function compose(h: Harness, parts: Buffer[], widths: number[], dark: boolean, path: string) {
  const canvas = await h.context.newPage();
  await canvas.setViewportSize(SHOT);
  const imgs = parts
    .map((p, i) => `<img src="data:image/png;base64,${p.toString('base64')}" width="${widths[i]}">`)
    .join('');
  await canvas.setContent(
    `<body style="margin:0;display:flex;justify-content:center;align-items:center;height:800px;background:${dark ? '#1b1f24' : '#eef1f4'}">${imgs}</body>`,
  );
  await canvas.screenshot({ path });
  await canvas.close();
}

/** The LinkedIn page at `path` with the side panel pinned beside it, once `ready` shows in it. */
async function besideThePage(h: Harness, path: string, ready: string, name: string, shots: string[]) {
  const linkedin = await h.open(path);
  await linkedin.setViewportSize({ width: SHOT.width - SIDE, height: SHOT.height });
  const panel = await h.openExtensionPage(`sidepanel.html?tab=${await tabIdOf(h, linkedin)}`);
  await panel.setViewportSize({ width: SIDE, height: SHOT.height });
  await panel.locator(`${SIDE_PANEL} ${ready}`).first().waitFor();
  for (const theme of THEMES) {
    for (const p of [linkedin, panel]) await p.emulateMedia({ colorScheme: theme });
    const parts = [
      await linkedin.screenshot({ animations: 'disabled' }),
      await panel.screenshot({ animations: 'disabled' }),
    ];
    const file = join(OUT, `${name}-${theme}.png`);
    await compose(h, parts, [SHOT.width - SIDE, SIDE], theme === 'dark', file);
    shots.push(file);
  }
  await panel.close();
  await linkedin.close();
}

/** One of our own pages, alone (the options page) or centred on the canvas (the popup). */
async function ourPage(h: Harness, page: string, name: string, shots: string[], popup = false) {
  const p = await h.openExtensionPage(page);
  await p.setViewportSize(popup ? { width: 420, height: 600 } : SHOT);
  await p.waitForLoadState('networkidle');
  for (const theme of THEMES) {
    await p.emulateMedia({ colorScheme: theme });
    const file = join(OUT, `${name}-${theme}.png`);
    if (popup)
      await compose(h, [await p.screenshot({ animations: 'disabled' })], [420], theme === 'dark', file);
    else await p.screenshot({ path: file, animations: 'disabled' });
    shots.push(file);
  }
  await p.close();
}

/** The opt-in page display: the panel drawn on the profile, reached through its closed root. */
async function pageDisplay(h: Harness, shots: string[]) {
  await h.call('saveSettings', { display: 'page' });
  const profile = await h.open(`/in/${ORIANE.slug}/`);
  await profile.setViewportSize(SHOT);
  await closedRoots(profile).waitFor(PANEL, '.panel[data-status="ready"]');
  const file = join(OUT, 'page-display-light.png');
  await profile.screenshot({ path: file, animations: 'disabled' });
  shots.push(file);
  await profile.close();
  await h.call('saveSettings', { display: 'side-panel' });
}

async function headless(h: Harness): Promise<string[]> {
  await mkdir(OUT, { recursive: true });
  const shots: string[] = [];
  await besideThePage(
    h,
    `/in/${ORIANE.slug}/`,
    `[data-person="${ORIANE.slug}"] [data-need]`,
    'side-panel-profile',
    shots,
  );
  await besideThePage(
    h,
    LIST_PATH,
    '[data-constellation="page-people"] [data-slug]',
    'side-panel-list',
    shots,
  );
  await ourPage(h, 'popup.html', 'popup-pipeline', shots, true);
  await ourPage(
    h,
    `popup.html#draft?slug=${ORIANE.slug}&need=project-feedback`,
    'popup-drafter',
    shots,
    true,
  );
  await ourPage(h, 'options.html', 'needs-map', shots);
  await pageDisplay(h, shots);
  return shots;
}

async function main(): Promise<void> {
  const headed = !!process.env.DISPLAY;
  const h = await launch({ headless: !headed, routes: [[/^\/mynetwork\/grow\/?$/, 'browser-list-25.html']] });
  try {
    await prepare(h);
    if (headed) {
      await h.open(`/in/${ORIANE.slug}/`);
      await h.open(LIST_PATH);
      await h.open('/feed/');
      console.log(
        `Chromium is open with Constellation (${relative(ROOT, DIST)}) on fictional LinkedIn pages:`,
      );
      console.log('  a profile, a people list and the feed. Open the side panel from the toolbar icon’s');
      console.log('  popup ("Open side panel") and move between the tabs. Close the window to finish.');
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
