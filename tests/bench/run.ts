// `npm run bench`: runs every benchmark module in this folder (each exports `bench()`), then
// rewrites BENCHMARKS.md with each figure beside its budget. Figures, never pass/fail tests:
// timing on a shared 2-core machine belongs in a report, not in an assertion.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { QUALITY_MARK, qualitySection, withSection } from './quality';
import type { BenchRow } from './row';

const here = import.meta.dirname;
const only = process.argv.slice(2);
const modules = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !['run.ts', 'row.ts'].includes(f) && !f.endsWith('.test.ts'))
  // The matcher's quality is a section of its own (below), not a timing.
  .filter((f) => !f.startsWith('quality'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const out = join(here, '../../BENCHMARKS.md');
const sections: { name: string; rows: BenchRow[] }[] = [];
const failed: string[] = [];
for (const file of modules) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { bench?: () => Promise<BenchRow[]> };
  if (typeof mod.bench !== 'function') continue;
  process.stderr.write(`bench: ${file}\n`);
  const name = file.replace(/\.ts$/, '');
  try {
    sections.push({ name, rows: await mod.bench() });
  } catch (error) {
    // One broken benchmark must not hide the others' figures; its failure is reported instead.
    process.stderr.write(`bench: ${file} failed: ${String(error).split('\n')[0]}\n`);
    failed.push(`${name}: ${String(error).split('\n')[0]}`);
  }
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n < 1 ? n.toFixed(3) : n.toFixed(2));
/** ops/s budgets are floors; every other budget is a ceiling. */
const meets = (r: BenchRow) =>
  r.budget === null || (r.unit === 'ops/s' ? r.value >= r.budget : r.value <= r.budget);
const ratio = (r: BenchRow) =>
  r.budget === null || r.budget === 0 ? '' : `${Math.round((r.value / r.budget) * 100)}%`;

const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench`; do not edit by hand. Each figure is a median unless its note says otherwise.',
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| area | figure | value | budget | of budget | meets | note |',
  '|---|---|---:|---:|---:|:-:|---|',
];
for (const { name, rows } of sections) {
  for (const r of rows) {
    const budget = r.budget === null ? '' : `${r.unit === 'ops/s' ? '≥ ' : '≤ '}${fmt(r.budget)} ${r.unit}`;
    lines.push(
      `| ${name} | ${r.name} | ${fmt(r.value)} ${r.unit} | ${budget} | ${ratio(r)} | ${meets(r) ? 'yes' : '**no**'} | ${r.note ?? ''} |`,
    );
  }
}
// `npm run bench -- <name>` runs some modules: every other area keeps its rows from the last run.
const ran = new Set(modules.map((f) => f.replace(/\.ts$/, '')));
if (only.length && existsSync(out)) {
  // Only the timing table: the quality section below it has tables of its own.
  const kept = readFileSync(out, 'utf8')
    .split(QUALITY_MARK)[0]!
    .split('\n')
    .filter((line) => /^\| [\w-]+ \|/.test(line) && !ran.has(line.split(' | ')[0]!.slice(2)))
    .filter((line) => !line.startsWith('| area |'));
  lines.push(...kept);
}
if (failed.length) lines.push('', '**Benchmarks that failed to run:**', '', ...failed.map((f) => `- ${f}`));
writeFileSync(out, withSection(`${lines.join('\n')}\n`, qualitySection()));
const rows = sections.flatMap((s) => s.rows);
console.table(
  rows.map((r) => ({ figure: r.name, value: fmt(r.value), unit: r.unit, budget: r.budget, meets: meets(r) })),
);
const missed = rows.filter((r) => !meets(r));
console.log(
  `${rows.length} figures, ${missed.length} over budget, ${failed.length} benchmarks failed; BENCHMARKS.md rewritten.`,
);
if (failed.length) process.exitCode = 1;
