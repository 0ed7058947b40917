import { describe, expect, it } from 'vitest';
import { contentPhrases } from '../../lib/match/ask';
import { matchIn } from '../../lib/match/phrase-match';
import { compilePhrase } from '../../lib/match/phrases';
import { prepareProfile } from '../../lib/match/profile-text';
import { person } from './people';

describe('subject phrases from an ask: frame, role and need words carry no subject', () => {
  it.each([
    ['Feedback on my paper on clinical risk models', ['clinical risk models']],
    ['Introductions to VCs in Berlin who fund climate tech', ['vcs', 'berlin', 'fund climate tech']],
    ['Become head of data science at a health-tech company', ['data science', 'health tech company']],
    ['Someone senior in banking who could put my name forward for an ML lead role', ['banking', 'ml']],
    ['Learn to manage people and run a team', []],
    ['A weekly check-in on my machine learning course', ['machine learning course']],
    ['head of', []],
    ['', []],
    ['my my my on on', []],
  ])('%j → %j', (ask, keys) => {
    expect(contentPhrases(ask).map((p) => p.key)).toEqual(keys);
  });

  it('never yields an empty or giant phrase from hostile text', () => {
    const phrases = contentPhrases(`${'🔥'.repeat(3000)} ${'word '.repeat(5000)}`);
    for (const p of phrases) expect(p.stems.length).toBeGreaterThan(0);
    expect(phrases.length).toBeLessThanOrEqual(12);
  });
});

describe('a whole phrase beats scattered words', () => {
  const ask = compilePhrase('clinical risk models')!;
  const headline = (h: string) => prepareProfile(person({ headline: h })).byWhere.headline!;

  it.each([
    ['Building clinical risk models for oncology', true, 1],
    ['Clinical risk modelling lead', true, 1],
    ['Insurance Risk Manager', false, 0],
    ['Senior Risk Manager, models and more', false, 0],
    ['Clinical data manager; credit risk', false, 0.05],
    ['Clinical risk in emergency care', false, 0.2],
  ])('%j: full=%s, score about %s', (text, full, score) => {
    const hit = matchIn(ask, headline(text));
    expect(hit?.full ?? false).toBe(full);
    if (score === 0) expect(hit).toBeNull();
    else expect(hit!.score).toBeGreaterThanOrEqual(score);
    if (!full && hit) expect(hit.score).toBeLessThan(0.5);
  });

  it('counts one matched word less than a matched phrase, and a generic word least', () => {
    const f = headline('Python developer, web scraping, risk');
    const score = (text: string) => matchIn(compilePhrase(text)!, f)!.score;
    expect(score('web scraping')).toBe(1);
    expect(score('python')).toBeLessThan(1);
    expect(score('risk')).toBeLessThan(score('python'));
  });

  it('keeps list items apart: a phrase never spans two skills', () => {
    const f = prepareProfile(person({ skills: ['Clinical trials', 'Risk models'] })).byWhere.skills!;
    expect(matchIn(ask, f)?.full ?? false).toBe(false);
  });
});
