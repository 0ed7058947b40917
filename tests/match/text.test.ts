import { describe, expect, it } from 'vitest';
import { stem } from '../../lib/match/stem';
import { snippet, words } from '../../lib/match/text';

describe('stems meet across word forms', () => {
  it.each([
    ['biostatistics', 'biostatistician'],
    ['science', 'scientist'],
    ['engineering', 'engineer'],
    ['models', 'modelling'],
    ['clinical', 'clinician'],
    ['coaching', 'coaches'],
    ['organisation', 'organization'],
    ['mentoring', 'mentor'],
    ['roles', 'role'],
  ])('%s ~ %s', (a, b) => {
    expect(stem(words(a)[0]!)).toBe(stem(words(b)[0]!));
  });

  it.each([
    ['statistics', 'state'],
    ['community', 'communication'],
    ['analysis', 'analyst'],
  ])('%s is not %s', (a, b) => {
    expect(stem(words(a)[0]!)).not.toBe(stem(words(b)[0]!));
  });
});

describe('words', () => {
  it('folds accents and case, keeps other scripts, drops emoji', () => {
    expect(words('Ingénieure Données — Ärztin 👩‍⚕️ مدير')).toEqual([
      'ingenieure',
      'donnees',
      'arztin',
      'مدير',
    ]);
    expect(words('C++ and C#')).toEqual(['c++', 'and', 'c#']);
  });
});

describe('snippet', () => {
  it.each([
    ['short', 'short'],
    ['  spaced\n\nout  ', 'spaced out'],
  ])('%j → %j', (text, out) => {
    expect(snippet(text)).toBe(out);
  });

  it('caps long text at a word boundary with an ellipsis', () => {
    const s = snippet('word '.repeat(100));
    expect(s.length).toBeLessThanOrEqual(60);
    expect(s.endsWith('…')).toBe(true);
  });
});
