import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './row';

const dist = process.env.CONSTELLATION_DIST ?? join(import.meta.dirname, '../../.output/chrome-mv3');
const kb = (bytes: number) => bytes / 1024;

/** The parts the background injects beside the content script, only into pages that need them. */
const PARTS = [
  ['page reader, injected beside it where a page is read', 'page-read.js', 'the reader and its jobs'],
  [
    'page display, injected beside it where the opt-in display draws',
    'page-display.js',
    'the panel, the chips and their closed shadow hosts',
  ],
] as const;

/**
 * What every profile and people list parses: the content script, raw and gzipped. Beside it, what
 * the pages that need them add: page-read.js where a page is read (someone can see it, or it
 * draws; issue 15) and page-display.js where the opt-in display draws (issue 17).
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
  for (const [name, file, what] of PARTS) {
    const path = join(dist, file);
    if (!existsSync(path)) continue;
    const extra = readFileSync(path);
    rows.push({
      name: `${name}, gzipped`,
      value: kb(gzipSync(extra, { level: 9 }).length),
      unit: 'KB',
      budget: null,
      note: `${kb(extra.length).toFixed(2)} KB raw; ${what}`,
    });
  }
  return rows;
}
