import { appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Every hardening test reports what it tried and what it found as one JSON line, so RELIABILITY.md
// is written from real runs (`tests/properties/reliability-summary.ts` sums them), not from memory.

const DIR = resolve(import.meta.dirname, '../../.tmp/reliability');

export type Figures = Record<string, number | string | string[]>;

/** Appends `{ check, ...figures }` to .tmp/reliability/figures.jsonl and prints it. */
export function recordFigures(check: string, figures: Figures): void {
  const line = JSON.stringify({ check, at: new Date().toISOString(), ...figures });
  mkdirSync(DIR, { recursive: true });
  appendFileSync(join(DIR, 'figures.jsonl'), `${line}\n`);
  console.log(`RELIABILITY ${line}`);
}
