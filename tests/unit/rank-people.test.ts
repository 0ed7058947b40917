import { describe, expect, it } from 'vitest';
import type { Card, MatchResult, Tag } from '../../lib/domain';
import { rankCards } from '../../lib/rank-people';

const card = (slug: string): Card => ({ slug, name: slug, headline: null, degree: 2, tags: [] });
const tag = (need: Tag['need'], strength: number): Tag => ({ need, strength, reasons: ['why'] });
const tagged = (tags: Tag[]): MatchResult => ({ tags, labels: [] });

describe('rankCards: the people on a page, best fit first', () => {
  it('sorts by the strongest tag, then by tags worth a look, then keeps page order', () => {
    const ranked = rankCards([card('a'), card('b'), card('c'), card('d'), card('e')], {
      a: tagged([tag('community', 0.6)]),
      b: tagged([tag('community', 0.6), tag('sponsorship', 0.55)]),
      c: tagged([tag('project-feedback', 0.9)]),
      d: tagged([]),
      e: tagged([tag('community', 0.6)]),
    });
    expect(ranked.map((r) => r.card.slug)).toEqual(['c', 'b', 'a', 'e', 'd']);
    expect(ranked.map((r) => r.fit)).toEqual([0.9, 0.6, 0.6, 0.6, 0]);
  });

  it('lists each tag strongest first, whatever order the matcher gave', () => {
    const [first] = rankCards([card('a')], { a: tagged([tag('community', 0.3), tag('networks', 0.8)]) });
    expect(first?.tags.map((t) => t.need)).toEqual(['networks', 'community']);
  });

  it('keeps each person once, where they first appear, and ranks untagged people last', () => {
    const ranked = rankCards([card('x'), card('y'), card('x')], { y: tagged([tag('community', 0.4)]) });
    expect(ranked.map((r) => r.card.slug)).toEqual(['y', 'x']);
  });

  it('a slug like __proto__ or constructor is a person, not the answer object’s inside', () => {
    const ranked = rankCards([card('__proto__'), card('constructor')], {});
    expect(ranked.map((r) => [r.card.slug, r.tags.length])).toEqual([
      ['__proto__', 0],
      ['constructor', 0],
    ]);
  });

  it('an empty page ranks nobody', () => {
    expect(rankCards([], {})).toEqual([]);
  });
});
