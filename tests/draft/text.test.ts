import { describe, expect, it } from 'vitest';
import { measureLength } from '../../lib/draft';
import { cityOf, sameCity } from '../../lib/draft/logistics';
import {
  clean,
  clipWords,
  firstName,
  headlineRole,
  joinList,
  lowerFirst,
  lowerNoun,
} from '../../lib/draft/text';

describe('clipWords', () => {
  it.each([
    ['short enough', 'short enough', 20, ''],
    ['one two three four', 'one two', 9, ''],
    ['one two three four', 'one two…', 10, '…'],
    ['Director of Analytics at Fjordline', 'Director of Analytics', 26, ''],
    ['abcdefghij', '', 5, ''],
    ['👩🏽‍💻 👩🏽‍💻 👩🏽‍💻', '👩🏽‍💻', 10, ''],
    ['a\nb c d', 'a\nb', 5, ''],
  ])('%j within %3$i → %2$j', (text, expected, max, ellipsis) => {
    const out = clipWords(text, max, ellipsis);
    expect(out).toBe(expected);
    expect(measureLength(out)).toBeLessThanOrEqual(max);
  });
});

describe('names and headlines', () => {
  it.each([
    ['Dr. Dana Okafor', 'Dana'],
    ['Prof Leo Marchetti', 'Leo'],
    ['  zoë   ÅSTRÖM ', 'zoë'],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ['🚀🚀', null],
    ['', null],
    [null, null],
    ['A'.repeat(40), null],
  ])('firstName(%j) → %j', (name, first) => {
    expect(firstName(name)).toBe(first);
  });

  it.each([
    ['Head of Data at Northwind | Speaker', 'Head of Data at Northwind'],
    ['Principal Data Scientist · Risk modelling', 'Principal Data Scientist'],
    ['Engineer – building things', 'Engineer'],
    [null, ''],
  ])('headlineRole(%j) → %j', (headline, role) => {
    expect(headlineRole(headline)).toBe(role);
  });
});

describe('casing', () => {
  it.each([
    ['Feedback on my paper', 'feedback on my paper'],
    ['Python code review', 'Python code review'],
    ['NASA contacts', 'NASA contacts'],
    ['Lead a team', 'lead a team'],
  ])('lowerFirst(%j) → %j', (text, out) => {
    expect(lowerFirst(text)).toBe(out);
  });

  it.each([
    ['Data science', 'data science'],
    ['AI safety', 'AI safety'],
    ['McKinsey alumni', 'McKinsey alumni'],
  ])('lowerNoun(%j) → %j', (text, out) => {
    expect(lowerNoun(text)).toBe(out);
  });
});

describe('helpers', () => {
  it('clean strips control characters and folds white space', () => {
    expect(clean('a\u0000b\n\n c\u200b d\t')).toBe('a b c d');
    expect(clean(undefined)).toBe('');
  });

  it('joinList', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['a'])).toBe('a');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it.each([
    ['Lyon, France', 'Greater Lyon Area', true],
    ['Lyon', 'Lyon, Auvergne-Rhône-Alpes, France', true],
    ['Oslo, Norway', 'Lyon, France', false],
    ['', '', false],
    ['Berlin', null, false],
  ])('sameCity(%j, %j) → %s', (a, b, same) => {
    expect(sameCity(a, b)).toBe(same);
  });

  it('cityOf drops the region words', () => {
    expect(cityOf('Greater Boston Metropolitan Area')).toBe('boston');
  });
});
