import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CoachResult, coach } from '../../lib/coach';
import { CHANNELS } from '../../lib/domain';
import { STRONG } from './examples';

// Any text into the coach gives a result, never a throw (issue 5, "Bad input").

function sane(result: CoachResult, text: string) {
  expect(Number.isInteger(result.score)).toBe(true);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(100);
  for (const f of result.findings) {
    expect(f.text.length).toBeGreaterThan(0);
    expect(['high', 'medium', 'low']).toContain(f.severity);
    if (f.start !== undefined) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end!).toBeGreaterThanOrEqual(f.start);
      expect(f.end!).toBeLessThanOrEqual(text.length);
    }
  }
}

const HOSTILE: [string, string][] = [
  ['empty', ''],
  ['white space', ' \n\t  \n'],
  ['100 KB of prose', STRONG.repeat(Math.ceil(100_000 / STRONG.length))],
  ['100 KB of one letter', 'a'.repeat(100_000)],
  ['100 KB of question marks', '?'.repeat(100_000)],
  ['100 KB of hedges', 'just sorry to bother '.repeat(5000)],
  ['emoji only', '👩🏽‍💻🇳🇴🙏'.repeat(500)],
  ['Japanese', 'こんにちは、リスクモデルについて20分ほどお話しできますか？来週はいかがでしょうか。'],
  ['Arabic', 'مرحبا، هل يمكننا التحدث لمدة 20 دقيقة الأسبوع المقبل؟'],
  ['lone surrogates', '\ud800 hi \udfff there \ud83d'],
  ['control characters', '\u0000\u0001\u0007\u001b[31m red \u007f'],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile text, not a template
  ['regex metacharacters', '.*+?^${}()|[]\\ [your goal] [[[[ ]]]] (((('],
];

describe('never throws', () => {
  for (const [name, text] of HOSTILE)
    for (const channel of CHANNELS)
      it(`${name} as ${channel}`, () => {
        const result = coach(text, { channel, subject: '', personName: text.slice(0, 50) });
        sane(result, text);
        expect(result.channel).toBe(channel);
      });

  it('empty text scores zero and asks for an ask', () => {
    const result = coach('', { channel: 'message' });
    expect(result.score).toBe(0);
    expect(result.findings.map((f) => f.kind)).toContain('no-ask');
  });

  it('survives values a type checker would refuse', () => {
    const anyCoach = coach as (text: unknown, opts: unknown) => CoachResult;
    expect(anyCoach(undefined, { channel: 'message' }).score).toBe(0);
    expect(anyCoach(42, undefined).channel).toBe('message');
    expect(anyCoach(null, { channel: 'message', lang: 'xx' }).findings.length).toBeGreaterThan(0);
  });

  it('property: any string, any channel: a sane result', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 3000 }),
        fc.constantFrom(...CHANNELS),
        fc.option(fc.string({ maxLength: 300 })),
        (text, channel, subject) => {
          sane(coach(text, { channel, subject: subject ?? undefined }), text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: text built from the phrase vocabulary stays sane', () => {
    const words = [
      'just',
      'sorry',
      'to',
      'bother',
      'be',
      'my',
      'mentor',
      '?',
      '20 minutes',
      'your work',
      'in return',
      'give back',
      'help my career',
      '[your goal]',
      '\n',
      '’',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 400 }),
        fc.constantFrom(...CHANNELS),
        (parts, channel) => {
          const text = parts.join(' ');
          sane(coach(text, { channel }), text);
        },
      ),
      { numRuns: 300 },
    );
  });
});
