import { afterEach, describe, expect, it, vi } from 'vitest';

// Creating an Intl.Segmenter costs Chromium 20-30 ms (ICU's break data): the content script paid it
// on every LinkedIn page when lib/text/clean.ts made one at load. Only a cut needs it.

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

describe('cleanText makes its grapheme segmenter only when it cuts', () => {
  it('loading the module and cleaning short text make none; the first cut makes one, once', async () => {
    use(Counting);
    made = 0;
    const { cleanText } = await import('../../lib/text/clean');
    expect(cleanText('  Ada   Okafor ', { max: 200 })).toBe('Ada Okafor');
    expect(made).toBe(0);
    expect(cleanText('👩‍💻 builds forecasting tools', { max: 12 })).toBe('👩‍💻 build…');
    expect(cleanText('a long headline that runs on', { max: 10 })).toBe('a long he…');
    expect(made).toBe(1);
  });
});
