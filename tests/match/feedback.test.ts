import { describe, expect, it } from 'vitest';
import { applyFeedback, MAX_WEIGHT, MIN_WEIGHT, matchDetailed } from '../../lib/match';
import { config, needs, person } from './people';

describe('applyFeedback', () => {
  it.each([
    [{}, ['grant writing'], 'confirm', { 'grant writing': 1.25 }],
    [{}, ['grant writing'], 'reject', { 'grant writing': 0.8 }],
    [{ 'grant writing': 0.8 }, ['grant writing'], 'confirm', {}],
    [{ a: 1.25 }, ['a', 'a', 'b'], 'confirm', { a: 1.56, b: 1.25 }],
    [{ a: 1.9 }, ['a'], 'confirm', { a: MAX_WEIGHT }],
    [{ a: 0.55 }, ['a'], 'reject', { a: MIN_WEIGHT }],
    [{ a: 7, b: Number.NaN }, ['a'], 'reject', { a: 1.6 }],
    [{ keep: 1.5 }, [], 'reject', { keep: 1.5 }],
    [{}, ['__proto__', ''], 'confirm', {}],
  ] as const)('%j + %j %s → %j', (weights, evidence, verdict, out) => {
    const before = JSON.stringify(weights);
    expect(applyFeedback({ ...weights }, [...evidence], verdict)).toEqual(out);
    expect(JSON.stringify(weights)).toBe(before);
  });

  it('stays within bounds however often it is applied', () => {
    let w: Record<string, number> = {};
    for (let i = 0; i < 50; i++) w = applyFeedback(w, ['x'], 'confirm');
    expect(w.x).toBe(MAX_WEIGHT);
    for (let i = 0; i < 50; i++) w = applyFeedback(w, ['x'], 'reject');
    expect(w.x).toBe(MIN_WEIGHT);
  });
});

describe('the matcher uses learnt weights, and says so', () => {
  const cfg = config({
    needs: needs([{ id: 'custom-grants', name: 'Grants', keywords: ['grant writing'] }]),
  });
  const p = person({ headline: 'Research Development Officer', about: 'I help teams with grant writing.' });

  it('carries evidence keys the caller feeds back', () => {
    const tag = matchDetailed(cfg, p).tags[0]!;
    expect(tag.evidence).toContain('grant writing');
  });

  it('a confirmation raises the strength and adds a reason; a rejection lowers it', () => {
    const base = matchDetailed(cfg, p).tags[0]!;
    const evidence = base.evidence;
    const up = matchDetailed({ ...cfg, weights: applyFeedback({}, evidence, 'confirm') }, p).tags[0]!;
    expect(up.strength).toBeGreaterThan(base.strength);
    expect(up.reasons).toContain("You confirmed matches on 'grant writing' before");
    let w = {};
    for (let i = 0; i < 3; i++) w = applyFeedback(w, evidence, 'reject');
    const down = matchDetailed({ ...cfg, weights: w }, p).tags;
    expect(down[0]?.strength ?? 0).toBeLessThan(base.strength);
  });

  it('a rejected role counts less on the next person too', () => {
    const coach = person({ headline: 'Life coach', company: 'Self-employed' });
    const cfg2 = config();
    const base = matchDetailed(cfg2, coach).tags.find((t) => t.need === 'emotional-support')!;
    expect(base.evidence).toContain('role:life coach');
    const w = applyFeedback({}, base.evidence, 'reject');
    const after = matchDetailed({ ...cfg2, weights: w }, coach).tags.find(
      (t) => t.need === 'emotional-support',
    );
    expect(after?.strength ?? 0).toBeLessThan(base.strength);
    if (after) expect(after.reasons).toContain("You rejected matches on 'life coach' before: counted less");
  });
});
