import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../lib/text/clean';

const ZWJ = '\u200d';

describe('cleanText keeps emoji whole', () => {
  it.each([
    ['profession', '👩‍💻 Engineer', '👩‍💻 Engineer'],
    ['profession with skin tone', 'Dr 👩🏽‍⚕️', 'Dr 👩🏽‍⚕️'],
    ['family of four', '👨‍👩‍👧‍👦', '👨‍👩‍👧‍👦'],
    ['family with tones', '🧑🏿‍🤝‍🧑🏻', '🧑🏿‍🤝‍🧑🏻'],
    ['gendered sport (ZWJ then ♀ + VS16)', '🏃‍♀️ runner', '🏃‍♀️ runner'],
    ['rainbow flag (VS16 before the joiner)', '🏳️‍🌈 ally', '🏳️‍🌈 ally'],
    ['heart on fire', '❤️‍🔥', '❤️‍🔥'],
    ['country flags (regional indicators)', 'Lisbon 🇵🇹 / Lagos 🇳🇬', 'Lisbon 🇵🇹 / Lagos 🇳🇬'],
    ['subdivision flag (tag characters after 🏴)', 'Cardiff 🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'Cardiff 🏴󠁧󠁢󠁷󠁬󠁳󠁿'],
    ['skin tones alone', '👋🏾 hi 👍🏻', '👋🏾 hi 👍🏻'],
    ['keycap', 'Top 1️⃣', 'Top 1️⃣'],
    ['text and emoji presentation selectors', '☎︎ ☎️', '☎︎ ☎️'],
  ])('%s', (_, raw, out) => {
    expect(cleanText(raw)).toBe(out);
    // The joiner survives as a code point, not only as the look of it.
    expect([...(cleanText(raw) ?? '')].filter((c) => c === ZWJ).length).toBe(
      [...raw].filter((c) => c === ZWJ).length,
    );
  });
});

describe('cleanText strips what is invisible or reorders text', () => {
  it.each([
    ['joiner between letters', `Ada${ZWJ}Okafor`, 'AdaOkafor'],
    ['joiner after an emoji, before a letter', `👩${ZWJ}x`, '👩x'],
    ['joiner before an emoji, after a letter', `x${ZWJ}💻`, 'x💻'],
    ['joiner at the ends', `${ZWJ}Ada${ZWJ}`, 'Ada'],
    ['doubled joiner between emoji', `👩${ZWJ}${ZWJ}💻`, '👩💻'],
    ['zero-width space and non-joiner', 'Ada\u200bOka\u200cfor', 'AdaOkafor'],
    ['word joiner and invisible operators', 'A\u2060d\u2062a', 'Ada'],
    ['BOM, soft hyphen, Mongolian separator, CGJ', '\ufeffA\u00add\u180ea\u034f', 'Ada'],
    ['right-to-left override', '\u202eevil\u202c', 'evil'],
    ['bidi isolates and marks', '\u2067Ada\u2069 \u200eOkafor\u200f \u061c', 'Ada Okafor'],
    ['deprecated format controls', 'A\u206ada\u206f', 'Ada'],
    ['C0 controls', 'Ada\u0000\u0007\u001b[31mOkafor', 'Ada[31mOkafor'],
    ['DEL and C1 controls', 'Ada\u007f\u0080\u009bOkafor', 'AdaOkafor'],
    [
      'tag characters hiding ASCII',
      'Ada\u{E0049}\u{E0067}\u{E006E}\u{E006F}\u{E0072}\u{E0065} Okafor',
      'Ada Okafor',
    ],
    ['tags after 🏴 beyond a flag', `🏴${'\u{E0061}'.repeat(20)}`, `🏴${'\u{E0061}'.repeat(6)}`],
    ['runs of variation selectors (hidden bytes)', '😀\u{E0100}\u{E0101}\u{E0102}\ufe01', '😀\u{E0100}'],
    ['whitespace runs, tabs, line breaks', '  Ada \n\t Okafor\u2028\u0085x  ', 'Ada Okafor x'],
    ['markup stays text', '<b>kept as text</b>', '<b>kept as text</b>'],
    ['hostile mix around a real emoji', '\u202e👩\u200b\u200d💻\u2066 Ada\u0000', '👩💻 Ada'],
    ['joiner kept in a mix of strips', '\u200b👩‍💻\u202e\u200b', '👩‍💻'],
  ])('%s', (_, raw, out) => {
    expect(cleanText(raw)).toBe(out);
  });

  it.each([['   '], [''], ['\u200b\u202e\u0000'], [ZWJ]])('%j is nothing', (raw) => {
    expect(cleanText(raw)).toBeNull();
  });
  it('null and undefined are nothing', () => {
    expect(cleanText(null)).toBeNull();
    expect(cleanText(undefined)).toBeNull();
  });
});

describe('cleanText caps length on whole characters', () => {
  it('no cap unless asked', () => {
    expect(cleanText('x'.repeat(50_000))?.length).toBe(50_000);
  });
  it('caps with an ellipsis, the ellipsis counted', () => {
    expect(cleanText('abcdef', { max: 4 })).toBe('abc…');
    expect(cleanText('abcd', { max: 4 })).toBe('abcd');
    expect(cleanText('x'.repeat(10_000), { max: 2000 })?.length).toBe(2000);
  });
  it('never cuts a surrogate pair or an emoji sequence in half', () => {
    expect(cleanText('ab😀cd', { max: 4 })).toBe('ab…');
    expect(cleanText('a👨‍👩‍👧‍👦 family', { max: 8 })).toBe('a…');
    expect(cleanText('a🇵🇹🇳🇬', { max: 6 })).toBe('a🇵🇹…');
    const out = cleanText('🇵🇹'.repeat(200), { max: 99 }) ?? '';
    expect(out.length).toBeLessThanOrEqual(99);
    expect(/^(🇵🇹)+…$/u.test(out)).toBe(true);
  });
  it('does not leave a space before the ellipsis', () => {
    expect(cleanText('Ada Okafor', { max: 5 })).toBe('Ada…');
  });
  it('does not leave a joiner before the ellipsis (a second clean would strip it)', () => {
    // Found by the property below: 🏽 and its joiner are one grapheme, 💻 the next.
    expect(cleanText('🏽\u200d💻', { max: 4 })).toBe('🏽…');
    expect(cleanText('🏽…', { max: 4 })).toBe('🏽…');
  });
  it('tiny caps', () => {
    expect(cleanText('Ada', { max: 1 })).toBe('…');
    expect(cleanText('Ada', { max: 0 })).toBeNull();
  });
});

describe('cleanText with lines kept (notes)', () => {
  it.each([
    [
      'keeps line breaks, folds spaces in a line',
      'Met at\t the  meetup\r\nAsk about  grants',
      'Met at the meetup\nAsk about grants',
    ],
    ['at most one blank line', 'a\n\n\n\n\nb', 'a\n\nb'],
    ['unicode separators are line breaks', 'a\u2028b\u2029c', 'a\nb\nc'],
    ['strips the same invisibles', 'a\u202e\n\u200bb 👩‍💻', 'a\nb 👩‍💻'],
    ['trims the whole', '\n\n  a  \n\n', 'a'],
  ])('%s', (_, raw, out) => {
    expect(cleanText(raw, { lines: true })).toBe(out);
  });
});

describe('cleanText over arbitrary text', () => {
  const hostile = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc
      .array(
        fc.constantFrom(
          'a',
          ' ',
          '\n',
          ZWJ,
          '\u200b',
          '\u202e',
          '\u2066',
          '\u0000',
          '\ufe0f',
          '\u{E0100}',
          '\u{E0041}',
          '🏴',
          '👩',
          '💻',
          '🏽',
          '🇵',
          '\ud83d',
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join('')),
  );
  // Code points that must never survive: C0/C1 controls but whitespace, bidi and zero-width marks.
  const GONE: [number, number][] = [
    [0x00, 0x08],
    [0x0e, 0x1f],
    [0x7f, 0x9f],
    [0x61c, 0x61c],
    [0x200b, 0x200c],
    [0x200e, 0x200f],
    [0x202a, 0x202e],
    [0x2060, 0x2064],
    [0x2066, 0x206f],
    [0xfeff, 0xfeff],
  ];
  const hasGone = (text: string) =>
    [...text].some((c) =>
      GONE.some(([lo, hi]) => (c.codePointAt(0) ?? 0) >= lo && (c.codePointAt(0) ?? 0) <= hi),
    );

  it('never throws, strips every control and bidi character, and settles in one call', () => {
    fc.assert(
      fc.property(hostile, fc.option(fc.integer({ min: 0, max: 80 })), fc.boolean(), (raw, max, lines) => {
        const options = { max: max ?? undefined, lines };
        const out = cleanText(raw, options);
        if (out === null) return;
        expect(hasGone(out)).toBe(false);
        expect(out.trim()).toBe(out);
        if (max !== null) expect(out.length).toBeLessThanOrEqual(max);
        if (!lines) expect(out.includes('\n')).toBe(false);
        expect(cleanText(out, options)).toBe(out);
        // A joiner left standing always joins two emoji.
        for (const m of out.matchAll(/\u200d/gu)) {
          const before = out.slice(0, m.index);
          const after = out.slice(m.index + 1);
          expect(/(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\ufe0f)$/u.test(before)).toBe(true);
          expect(/^\p{Extended_Pictographic}/u.test(after)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
