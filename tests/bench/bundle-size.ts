import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './row';

const dist = process.env.CONSTELLATION_DIST ?? join(import.meta.dirname, '../../.output/chrome-mv3');

/** What every profile and people list parses: the content script, raw and gzipped. */
export async function bench(): Promise<BenchRow[]> {
  const code = readFileSync(join(dist, 'linkedin.js'));
  return [
    { name: 'content script, raw', value: code.length / 1024, unit: 'KB', budget: null },
    {
      name: 'content script, gzipped',
      value: gzipSync(code, { level: 9 }).length / 1024,
      unit: 'KB',
      budget: 15,
    },
  ];
}
