import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanText } from '../../lib/text/clean';

// Creating an Intl.Segmenter costs Chromium 20-30 ms (ICU's break data): the content script paid it
// on every LinkedIn page when lib/text/clean.ts made one at load, and again when a long field was
// cut. Only a cut beside a character that may join its neighbour needs it.

const Real = Intl.Segmenter;
let made = 0;
class Counting extends Real {
  constructor(...args: ConstructorParameters<typeof Real>) {
    super(...args);
    made++;
  }
}
const use = (segmenter: typeof Real) =>
  Object.defineProperty(Intl, 'Segmenter', { value: segmenter, configurable: true, writable: true });

afterEach(() => {
  use(Real);
  vi.resetModules();
});

describe('cleanText makes its grapheme segmenter only when a cut needs one', () => {
  it('loading, short text and cuts in plain Latin text make none; a cut by an emoji makes one, once', async () => {
    use(Counting);
    made = 0;
    const { cleanText } = await import('../../lib/text/clean');
    expect(cleanText('  Ada   Okafor ', { max: 200 })).toBe('Ada Okafor');
    expect(cleanText('a long headline that runs on', { max: 10 })).toBe('a long he…');
    expect(cleanText('Ingénieure à Zürich, née à Besançon', { max: 12 })).toBe('Ingénieure…');
    expect(made).toBe(0);
    expect(cleanText('👩‍💻 builds forecasting tools', { max: 12 })).toBe('👩‍💻 build…');
    expect(cleanText('e\u0301e\u0301e\u0301e\u0301', { max: 4 })).toBe('e\u0301…');
    expect(made).toBe(1);
  });
});

// What a cut must give, by the Segmenter alone: the longest run of whole graphemes that leaves
// room for the ellipsis (the rule the quick path must agree with everywhere).
function bySegmenter(raw: string, max: number): string | null {
  const text = cleanText(raw);
  if (text === null || text.length <= max) return text;
  if (max < 1) return null;
  if (max < 2) return '…';
  let end = 0;
  for (const { index, segment } of new Real(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (index + segment.length > max - 1) break;
    end = index + segment.length;
  }
  return `${text
    .slice(0, end)
    .replace(/\u200D+$/u, '')
    .trimEnd()}…`;
}

describe('a cut in plain text ends where the Segmenter would end it', () => {
  // Latin-1 beside everything that joins a neighbour: combining marks, joiners, variation
  // selectors, spacing marks, prepended marks, Hangul jamo, regional indicators, surrogates.
  const piece = fc.constantFrom(
    ...['a', 'Z', ' ', '.', 'é', 'ÿ', '\u00a0', '\u0301', '\u200d', '\ufe0f', '\u093e', '\u0915'],
    ...['\u0600', '\u1100', '\u1161', '\u11a8', '🇵', '🇹', '👩', '🏽', '💻', '\r\n', '\u00ad'],
  );
  it('for any mix of them and any cap', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 0, max: 40 }), (parts, max) => {
        const raw = parts.join('');
        expect(cleanText(raw, { max })).toBe(bySegmenter(raw, max));
      }),
      { numRuns: 2000 },
    );
  });
});
