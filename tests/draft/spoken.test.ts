import { describe, expect, it } from 'vitest';
import { headlineParts } from '../../lib/draft/text';
import { spokenTo, whyThisPerson } from '../../lib/draft/why';

// The matcher's sentence on why this person is written to the user; the draft says it to the
// person (issue 18): they → you, you → I or me, your → my.

describe('spokenTo', () => {
  it.each([
    [
      'As VP at Nordvik, they have the standing to put your name forward.',
      'As VP at Nordvik, you have the standing to put my name forward.',
    ],
    [
      'They run a group about the field you work in, where you could find people like you.',
      'You run a group about the field I work in, where I could find people like me.',
    ],
    [
      'As Director at Fjordline, they are a few steps ahead of you on the path you describe.',
      'As Director at Fjordline, you are a few steps ahead of me on the path I describe.',
    ],
    ['They teach what you want to learn.', 'You teach what I want to learn.'],
  ])('%s', (from, to) => expect(spokenTo(from)).toBe(to));
});

describe('why this person', () => {
  it("uses the matcher's because, said to them, and drops a colleague's own organisation", () => {
    const tags = [
      {
        need: 'sponsorship' as const,
        strength: 0.7,
        reasons: [],
        because: 'As Chief Nurse at Northgate Trust, they have the standing to put your name forward.',
      },
    ];
    const person = { headline: 'Chief Nurse at Northgate Trust', company: 'Northgate Trust' };
    expect(whyThisPerson(person, tags, 'sponsorship', false).core).toBe(
      'As Chief Nurse at Northgate Trust, you have the standing to put my name forward.',
    );
    expect(whyThisPerson(person, tags, 'sponsorship', true).core).toBe(
      'As Chief Nurse, you have the standing to put my name forward.',
    );
  });

  it('finds the role in a headline that opens with a slogan', () => {
    expect(headlineParts('Helping managers lead | Coach | Author')).toEqual([
      'Helping managers lead',
      'Coach',
      'Author',
    ]);
    const why = whyThisPerson(
      { headline: 'Helping first-time managers lead with confidence | Coach' },
      [],
      'safe-space',
    );
    expect(why.known).toBe(true);
    expect(why.core).toContain('as Coach');
  });
});
