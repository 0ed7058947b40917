// `npm run quality`: the matcher against the labelled set (tests/fixtures/quality), per user and
// per need, for the tuning part and the held-aside part; rewrites its section of BENCHMARKS.md.
//   --errors            also list the tuning part's wrong and missed tags, with the reasons given
//                       (never the held-aside part's: that part is only ever seen as totals)
//   --baseline <label>  keep these figures as the baseline the section compares with
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { NeedId } from '../../lib/domain';
import { createMatcher } from '../../lib/match';
import { add, type Counts, figures, fmt, type Outcome, score, zero } from './quality-score';
import { loadQualitySet, PARTS, type Part } from './quality-set';

const BENCHMARKS = join(import.meta.dirname, '../../BENCHMARKS.md');
const BASELINE = join(import.meta.dirname, 'quality-baseline.json');
export const QUALITY_MARK = '<!-- quality: written by npm run quality -->';

interface Row {
  user: string;
  part: Part;
  counts: Counts;
}

export function measure() {
  const rows: Row[] = [];
  const needs = new Map<Part, Map<NeedId, Counts>>(PARTS.map((p) => [p, new Map()]));
  const errors: { user: string; outcome: Outcome }[] = [];
  for (const { user, config, parts } of loadQualitySet()) {
    const m = createMatcher(config);
    for (const part of PARTS) {
      const counts = zero();
      for (const entry of parts[part]) {
        const outcome = score(entry, m.profile(entry.profile).tags, counts, needs.get(part)!);
        if (part === 'tuning' && (outcome.wrong.length || outcome.missed.length))
          errors.push({ user, outcome });
      }
      rows.push({ user, part, counts });
    }
  }
  for (const part of PARTS) {
    const all = zero();
    for (const r of rows.filter((r) => r.part === part && r.user !== 'all')) add(all, r.counts);
    rows.push({ user: 'all', part, counts: all });
  }
  return { rows, needs, errors };
}

type Baseline = { label: string; rows: { user: string; part: Part; counts: Counts }[] };

function line(r: Row, base?: Baseline): string {
  const f = figures(r.counts);
  const b = base?.rows.find((x) => x.user === r.user && x.part === r.part);
  const was = b ? figures(b.counts) : null;
  const cell = (k: keyof typeof f) => (was ? `${fmt(f[k])} (${fmt(was[k])})` : fmt(f[k]));
  const c = r.counts;
  return `| ${r.user} | ${r.part} | ${c.people} | ${c.near} | ${c.tp} / ${c.fp} / ${c.fn} | ${cell('precision')} | ${cell('recall')} | ${cell('f1')} | ${cell('nearFp')} (${c.nearWrong} of ${c.near}) |`;
}

export function qualitySection(): string {
  const { rows, needs } = measure();
  const base: Baseline | undefined = existsSync(BASELINE)
    ? JSON.parse(readFileSync(BASELINE, 'utf8'))
    : undefined;
  const out = [
    QUALITY_MARK,
    '## Match quality',
    '',
    'The labelled set in `tests/fixtures/quality` (rules in its README): three fictional users, 42 people each,',
    'a part for tuning and a part held aside. A pair counts as predicted when any tag for that need is returned.',
    base ? `In brackets: the baseline, ${base.label}.` : '',
    '',
    '| user | part | people | near misses | TP / FP / FN | precision | recall | F1 | near-miss FP rate |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => line(r, base)),
    '',
    '| need | part | TP / FP / FN | precision | recall |',
    '|---|---|---:|---:|---:|',
  ];
  for (const part of PARTS) {
    for (const [need, c] of [...needs.get(part)!].sort(([a], [b]) => a.localeCompare(b))) {
      if (!c.tp && !c.fp && !c.fn) continue;
      const f = figures(c);
      out.push(
        `| ${need} | ${part} | ${c.tp} / ${c.fp} / ${c.fn} | ${fmt(f.precision)} | ${fmt(f.recall)} |`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/** BENCHMARKS.md with its quality section (the file's last) replaced by `section`. */
export function withSection(text: string, section: string): string {
  const at = text.indexOf(QUALITY_MARK);
  return `${(at >= 0 ? text.slice(0, at) : text).trimEnd()}\n\n${section}`;
}

function main() {
  const { values } = parseArgs({
    options: { errors: { type: 'boolean' }, baseline: { type: 'string' } },
    strict: true,
  });
  if (values.baseline) {
    const { rows } = measure();
    writeFileSync(BASELINE, `${JSON.stringify({ label: values.baseline, rows }, null, 2)}\n`);
  }
  const section = qualitySection();
  const text = existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, 'utf8') : '# Benchmarks\n';
  writeFileSync(BENCHMARKS, withSection(text, section));
  process.stdout.write(section);
  if (values.errors) {
    for (const { user, outcome } of measure().errors) {
      const { entry, wrong, missed } = outcome;
      process.stdout.write(
        `\n${user} ${entry.profile.slug}${entry.near ? ` [${entry.near}]` : ''}: ${entry.note}\n`,
      );
      for (const t of wrong)
        process.stdout.write(`  WRONG ${t.need} ${t.strength}: ${t.reasons.join(' / ')}\n`);
      for (const n of missed) process.stdout.write(`  MISSED ${n}\n`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
