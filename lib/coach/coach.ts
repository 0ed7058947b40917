import { DEFAULT_SETTINGS } from '../domain';
import { channelLimit, countWords, measureLength } from '../draft/channel';
import { type Context, checkAsk, checkLength, checkPhrases, checkReasons } from './checks';
import { type Compiled, compile } from './compile';
import { phrasesFor } from './phrases';
import { checkStitched } from './stitched';
import type { CoachOptions, CoachResult, Finding, FindingKind, Severity } from './types';

// The coach scores a request and points at what weakens it. It runs on every keystroke, so it is
// pure, allocation-light and total: any string in, a result out, never a throw.

const WEIGHT: Record<Severity, number> = { high: 25, medium: 12, low: 5 };
/** Repeats of a kind stop costing past this much: ten "just"s are one problem, not ten. */
const CAP: Partial<Record<FindingKind, number>> = {
  hedge: 30,
  'vague-ask': 24,
  placeholder: 30,
  'pasted-phrase': 50,
  'cut-off': 50,
};
const PASS = 75;
/** Stitched-draft faults (issue 18) fail a draft on their own: a reader edits before sending. */
const KIND_WEIGHT: Partial<Record<FindingKind, number>> = {
  'pasted-phrase': 35,
  'cut-off': 35,
  'keyword-list': 35,
  'be-a-role': 35,
  'colleague-org': 35,
  'cut-subject': 35,
};

const compiled = new Map<string, Compiled>();

function compiledFor(lang: string | undefined): Compiled {
  const { lang: key, phrases } = phrasesFor(lang);
  let c = compiled.get(key);
  if (!c) {
    c = compile(phrases);
    compiled.set(key, c);
  }
  return c;
}

export function score(findings: Finding[]): number {
  const lost = new Map<FindingKind, number>();
  for (const f of findings) {
    if (f.positive) continue;
    const next = (lost.get(f.kind) ?? 0) + (KIND_WEIGHT[f.kind] ?? WEIGHT[f.severity]);
    lost.set(f.kind, Math.min(next, CAP[f.kind] ?? Number.POSITIVE_INFINITY));
  }
  let total = 100;
  for (const v of lost.values()) total -= v;
  return Math.max(0, Math.min(100, Math.round(total)));
}

export function coach(text: string, opts: CoachOptions): CoachResult {
  const channel = opts?.channel ?? 'message';
  const input = typeof text === 'string' ? text : String(text ?? '');
  const limit = channelLimit(channel, opts?.settings ?? DEFAULT_SETTINGS, opts?.premium ?? false);
  const base = { channel, length: measureLength(input), limit, words: 0 };
  try {
    const c = compiledFor(opts?.lang);
    const words = countWords(input);
    const say = (key: string, slots: Record<string, string | number> = {}) =>
      (c.phrases.text[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(slots[k] ?? ''));
    if (!input.trim()) {
      const findings: Finding[] = [{ kind: 'no-ask', text: say('no-ask'), severity: 'high' }];
      return { ...base, score: 0, findings };
    }
    const ctx: Context = {
      text: input,
      opts: { ...opts, channel },
      c,
      length: base.length,
      words,
      limit,
      say,
    };
    const findings: Finding[] = [];
    checkPhrases(ctx, findings);
    checkAsk(ctx, findings);
    checkReasons(ctx, findings);
    checkLength(ctx, findings);
    checkStitched(ctx, findings);
    findings.sort(bySpan);
    const points = score(findings);
    if (points >= PASS && !findings.some((f) => f.severity === 'high'))
      findings.push({ kind: 'encouragement', text: say('encouragement'), severity: 'low', positive: true });
    return { ...base, words, score: points, findings };
  } catch {
    // A coach that throws would break the editor on a keystroke; an unscored text is the fallback.
    return { ...base, score: 0, findings: [] };
  }
}

function bySpan(a: Finding, b: Finding): number {
  return (a.start ?? Number.POSITIVE_INFINITY) - (b.start ?? Number.POSITIVE_INFINITY);
}
