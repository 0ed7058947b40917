// Matcher timings (issue 4 budgets): one profile ≤ 0.2 ms, 25 cards ≤ 15 ms, 100 cards ≤ 30 ms.
// Medians of many runs over varied fictional profiles, after a warm-up.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Card, Profile } from '../../lib/domain';
import { config, person } from '../match/people';
import type { BenchRow } from './row';

type MatchModule = typeof import('../../lib/match');

/**
 * The matcher as it ships: bundled and minified by esbuild (what Vite uses), so the figures are
 * not those of tsx's development transform. Falls back to the source when esbuild is missing.
 */
async function shipped(): Promise<{ mod: MatchModule; bytes: number; gzipBytes: number; how: string }> {
  try {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [join(import.meta.dirname, '../../lib/match/index.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      target: 'es2022',
    });
    const code = out.outputFiles[0]!.contents;
    const file = join(mkdtempSync(join(tmpdir(), 'match-bench-')), 'match.mjs');
    writeFileSync(file, code);
    const mod = (await import(pathToFileURL(file).href)) as MatchModule;
    return {
      mod,
      bytes: code.byteLength,
      gzipBytes: gzipSync(code).byteLength,
      how: 'esbuild bundle, minified',
    };
  } catch {
    return { mod: await import('../../lib/match'), bytes: 0, gzipBytes: 0, how: 'source via tsx' };
  }
}

const POOL = (
  'clinical risk models survival analysis biostatistics data science leadership coach community meetup ' +
  'grant writing research hospital oncology cardiology trials python statistics machine learning product ' +
  'strategy design operations finance marketing insurance pricing recruiting talent investor editor ' +
  'journal reviewer mentor speaker author teaching epidemiology public health policy growth sales'
).split(' ');

function pick(seed: number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(POOL[(seed * 31 + i * 17) % POOL.length]!);
  return out.join(' ');
}

const TITLES = [
  'Senior Data Scientist',
  'Director of Research',
  'Leiterin Vertrieb',
  'Professor',
  'Gerente de Projetos',
  'Life coach',
];

/** A full-sized profile: headline, 2,000-character About, ten roles, forty skills. */
function fullProfile(i: number): Profile {
  return person({
    slug: `bench-${i}`,
    headline: `${TITLES[i % TITLES.length]} at Company ${i} | ${pick(i, 8)}`,
    company: `Company ${i}`,
    degree: (i % 3) + 1,
    followers: i * 97,
    connections: '500+',
    mutualConnections: i % 20,
    about: pick(i + 1, 300).slice(0, 2000),
    experience: Array.from({ length: 10 }, (_, k) => ({
      title: `${TITLES[(i + k) % TITLES.length]} ${pick(i + k, 2)}`,
      company: `Org ${k}`,
      dates: '2019 – 2022',
    })),
    skills: Array.from({ length: 40 }, (_, k) => pick(i + k, 2)),
  });
}

function card(i: number): Card {
  return {
    slug: `card-${i}`,
    name: `Person ${i}`,
    headline: `${TITLES[i % TITLES.length]} at Org ${i} | ${pick(i, 6)}`,
    degree: 2,
    tags: [],
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// Process CPU time, not wall time: the machines these run on are shared, and a busy neighbour
// would otherwise count against the matcher. Milliseconds.
function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function time(runs: number, fn: (run: number) => void): number {
  for (let i = 0; i < 30; i++) fn(i);
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = cpuNow();
    fn(r);
    samples.push(cpuNow() - t);
  }
  return median(samples);
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export async function bench(): Promise<BenchRow[]> {
  const { mod, bytes, gzipBytes, how } = await shipped();
  const { createMatcher, matchProfile } = mod;
  const cfg = config();
  const profiles = Array.from({ length: 50 }, (_, i) => fullProfile(i));
  const cards = Array.from({ length: 100 }, (_, i) => card(i));
  const m = createMatcher(cfg);
  const BATCH = 10;
  const one =
    time(300, (r) => {
      for (let k = 0; k < BATCH; k++) m.profile(profiles[(r * BATCH + k) % profiles.length]!);
    }) / BATCH;
  const oneCold =
    time(300, (r) => {
      for (let k = 0; k < BATCH; k++) matchProfile(cfg, profiles[(r * BATCH + k) % profiles.length]!);
    }) / BATCH;
  const list = (n: number) =>
    time(200, () => {
      const mm = createMatcher(cfg);
      for (let i = 0; i < n; i++) mm.card(cards[i]!);
    });
  const load = loadavg()[0]!.toFixed(1);
  const note = `median process CPU time over many runs (${how}; load average ${load} while measured); full profile: 2,000-char About, 10 roles, 40 skills`;
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  // Budgets raised from 32 / 12 KB (issue 16): the matcher no longer runs on LinkedIn's pages (the
  // content script only reports, issues 13 and 15); it ships in background.js alone, which the
  // service worker parses once per start, not once per page. Its word lists are what issue 16's
  // precision rests on; the figure a user feels is its time per profile, below.
  const why =
    'budget 40 KB (was 32): the matcher ships only in background.js (the service worker parses it once per start, no LinkedIn page loads it); its word lists carry the issue 16 precision';
  const size: BenchRow[] = bytes
    ? [
        {
          name: 'match: lib/match bundle, minified',
          value: kb(bytes),
          unit: 'KB',
          budget: 40,
          note: `all of the matcher with its word lists and lib/domain; ${why}`,
        },
        {
          name: 'match: lib/match bundle, gzip',
          value: kb(gzipBytes),
          unit: 'KB',
          budget: 16,
          note: 'the same, gzipped; budget 16 KB (was 12), for the reason above',
        },
      ]
    : [];
  return [
    ...size,
    { name: 'match: one full profile (createMatcher)', value: round(one), unit: 'ms', budget: 0.2, note },
    {
      name: 'match: one full profile (matchProfile, compiles per call)',
      value: round(oneCold),
      unit: 'ms',
      budget: 0.2,
      note,
    },
    {
      name: 'match: 25 cards (incl. compiling the config)',
      value: round(list(25)),
      unit: 'ms',
      budget: 15,
      note,
    },
    {
      name: 'match: 100 cards (incl. compiling the config)',
      value: round(list(100)),
      unit: 'ms',
      budget: 30,
      note,
    },
  ];
}

// `npx tsx tests/bench/match.ts` prints the rows on their own.
if (import.meta.url === `file://${process.argv[1]}`) bench().then((rows) => console.table(rows));
