import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './row';

const dist = process.env.CONSTELLATION_DIST ?? join(import.meta.dirname, '../../.output/chrome-mv3');
const kb = (bytes: number) => bytes / 1024;

/**
 * What every profile and people list parses: the content script, raw and gzipped. Beside it, what
 * the opt-in page display adds on the pages that draw: page-display.js, which the background
 * injects there (issue 17 moved the panel and chips out of the content script).
 */
export async function bench(): Promise<BenchRow[]> {
  const code = readFileSync(join(dist, 'linkedin.js'));
  const rows: BenchRow[] = [
    { name: 'content script, raw', value: kb(code.length), unit: 'KB', budget: null },
    {
      name: 'content script, gzipped',
      value: kb(gzipSync(code, { level: 9 }).length),
      unit: 'KB',
      budget: 15,
    },
  ];
  const display = join(dist, 'page-display.js');
  if (existsSync(display)) {
    const extra = readFileSync(display);
    rows.push({
      name: 'page display, injected beside it where the opt-in display draws, gzipped',
      value: kb(gzipSync(extra, { level: 9 }).length),
      unit: 'KB',
      budget: null,
      note: `${kb(extra.length).toFixed(2)} KB raw; the panel, the chips and their closed shadow hosts`,
    });
  }
  return rows;
}
