// Drafter and coach timings (issue 5 budgets): draft plus coach ≤ 5 ms per request; the coach keeps
// up with typing, ≤ 1 ms per keystroke on a 2,000-character text. Medians after a warm-up, over
// every need and channel and varied texts, on the code as it ships (esbuild bundle, minified).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHANNELS, NEED_IDS } from '../../lib/domain';
import { STRONG } from '../coach/examples';
import { input } from '../draft/examples';
import type { BenchRow } from './row';

type Mod = typeof import('../../lib/draft') & typeof import('../../lib/coach');

async function shipped(): Promise<{ mod: Mod; how: string }> {
  const root = join(import.meta.dirname, '../..');
  try {
    const { build } = await import('esbuild');
    const out = await build({
      stdin: {
        contents: "export * from './lib/draft'; export * from './lib/coach';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      target: 'es2022',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'draft-bench-')), 'draft.mjs');
    writeFileSync(file, out.outputFiles[0]!.contents);
    return { mod: (await import(pathToFileURL(file).href)) as Mod, how: 'esbuild bundle' };
  } catch {
    const [draft, coach] = await Promise.all([import('../../lib/draft'), import('../../lib/coach')]);
    return { mod: { ...draft, ...coach }, how: 'source via tsx' };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.95)]!;
}

function time(fn: () => void, runs: number): number[] {
  for (let i = 0; i < 50; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** A 2,000-character message with some of everything the coach looks for. */
function typed(seed: number): string {
  const filler = `${STRONG} Sorry to bother you, I just wondered. `;
  let text = '';
  while (text.length < 2000) text += filler.slice(seed % 17) + filler;
  return text.slice(0, 2000);
}

export async function bench(): Promise<BenchRow[]> {
  const { mod, how } = await shipped();
  const requests = CHANNELS.flatMap((channel) =>
    NEED_IDS.flatMap((need) => [0, 1, 2].map((variant) => input({ channel, needIds: [need], variant }))),
  );
  let i = 0;
  const draftAndCoach = time(() => {
    const req = requests[i++ % requests.length]!;
    const d = mod.draftRequest(req);
    mod.coach(d.text, { channel: req.channel, subject: d.subject ?? undefined });
  }, 3000);

  const longAsk = Array.from({ length: 2000 }, (_, k) => `word${k}`)
    .join(' ')
    .slice(0, 10_000);
  const long = input({ needs: input().needs.map((n) => ({ ...n, ask: longAsk })), channel: 'message' });
  const longDraft = time(() => mod.coach(mod.draftRequest(long).text, { channel: 'message' }), 300);

  const texts = Array.from({ length: 20 }, (_, k) => typed(k));
  let j = 0;
  const keystroke = time(() => mod.coach(texts[j++ % texts.length]!, { channel: 'message' }), 3000);

  const paste = STRONG.repeat(Math.ceil(100_000 / STRONG.length)).slice(0, 100_000);
  const big = time(() => mod.coach(paste, { channel: 'inmail' }), 50);

  return [
    {
      name: 'draft + coach, one request',
      value: median(draftAndCoach),
      unit: 'ms',
      budget: 5,
      note: `${requests.length} need × channel × variant inputs, p95 ${p95(draftAndCoach).toFixed(3)} ms; ${how}`,
    },
    {
      name: 'draft + coach, 10,000-character ask',
      value: median(longDraft),
      unit: 'ms',
      budget: 5,
      note: 'shortening at its busiest',
    },
    {
      name: 'coach, 2,000-character text (a keystroke)',
      value: median(keystroke),
      unit: 'ms',
      budget: 1,
      note: `p95 ${p95(keystroke).toFixed(3)} ms`,
    },
    {
      name: 'coach, 100 KB paste',
      value: median(big),
      unit: 'ms',
      budget: null,
      note: 'a result, never a throw',
    },
  ];
}
