import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, FLOOR } from '../../lib/match';
import { config, person } from './people';

const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constant(null),
);

describe('matcher properties over arbitrary page text', () => {
  const m = createMatcher(config());

  it('never throws; strengths in range, sorted, rounded; the same input gives the same answer', () => {
    fc.assert(
      fc.property(
        text,
        text,
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }),
        (headline, about, skills) => {
          const p = person({ headline, about, skills });
          const r = m.profile(p);
          for (let i = 0; i < r.tags.length; i++) {
            const s = r.tags[i]!.strength;
            expect(s).toBeGreaterThanOrEqual(FLOOR);
            expect(s).toBeLessThanOrEqual(1);
            expect(Math.round(s * 100) / 100).toBe(s);
            if (i) expect(r.tags[i - 1]!.strength).toBeGreaterThanOrEqual(s);
          }
          expect(m.profile(p)).toEqual(r);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adding a confirmed weight never lowers a tag, a rejected one never raises it', () => {
    fc.assert(
      fc.property(fc.constantFrom('survival analysis', 'grant writing', 'role:professor'), (key) => {
        const p = person({
          headline: 'Professor of Biostatistics',
          skills: ['Survival Analysis', 'Grant Writing'],
        });
        const base = createMatcher(config()).profile(p).tags;
        const up = createMatcher(config({ weights: { [key]: 2 } })).profile(p).tags;
        const down = createMatcher(config({ weights: { [key]: 0.5 } })).profile(p).tags;
        for (const t of base) {
          expect(up.find((u) => u.need === t.need)?.strength ?? 0).toBeGreaterThanOrEqual(t.strength);
          expect(down.find((d) => d.need === t.need)?.strength ?? 0).toBeLessThanOrEqual(t.strength);
        }
      }),
    );
  });
});
