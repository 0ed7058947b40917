import { mkdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ICON_SIZES } from './icon-sizes';

// `npm run icons`: public/icon/<size>.png from store/icon.svg, rendered by headless Chromium (already
// the browser tests' dependency) so the icon set is made, not hand-drawn, and made again the same way.

const ROOT = resolve(import.meta.dirname, '..');
// Chrome Web Store: a 128 px icon is 96 px of artwork with 16 px of transparent margin per side.
const MARGIN: Record<number, number> = { 128: 16 };

async function main(): Promise<void> {
  const svg = await readFile(join(ROOT, 'store/icon.svg'), 'utf8');
  const out = join(ROOT, 'public/icon');
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      const margin = MARGIN[size] ?? 0;
      const art = size - 2 * margin;
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<body style="margin:0;background:transparent"><div style="padding:${margin}px;width:${art}px;height:${art}px">` +
          svg.replace('<svg ', `<svg width="${art}" height="${art}" `) +
          '</div></body>',
      );
      const path = join(out, `${size}.png`);
      await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(relative(process.cwd(), path));
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`icons: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
});
