import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Prints the latest figures each hardening test recorded (.tmp/reliability/figures.jsonl), one
// line per check, for RELIABILITY.md. Run the suites first:
//   rm -f .tmp/reliability/figures.jsonl
//   npx vitest run --project unit tests/properties && npx vitest run --project browser
//   npx tsx tests/properties/reliability-summary.ts

const file = join(resolve(import.meta.dirname, '../..'), '.tmp/reliability/figures.jsonl');
const latest = new Map<string, Record<string, unknown>>();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as Record<string, unknown>;
  latest.set(String(row.check), row);
}
for (const [check, row] of [...latest].sort(([a], [b]) => a.localeCompare(b))) {
  const { check: _, at, ...figures } = row;
  const text = Object.entries(figures)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? `[${v.join(' | ')}]` : v}`)
    .join(', ');
  console.log(`| ${check} | ${text} | ${String(at).slice(0, 16)} |`);
}
