import { describe, expect, it } from 'vitest';
import { NEED_IDS } from '../../lib/domain';
import { loadQualitySet, NEAR_CLASSES, PARTS } from '../bench/quality-set';

// The labelled set behind `npm run quality` (tests/fixtures/quality/README.md) keeps the shape its
// figures rely on: enough people, enough near misses, a real held-aside part, labels by the rules.
const set = loadQualitySet();

describe('the labelled set', () => {
  it('has at least three users', () => {
    expect(set.length).toBeGreaterThanOrEqual(3);
  });

  it.each(set.map((u) => [u.user, u] as const))(
    '%s: 40+ people, a quarter near misses, a third held aside',
    (_, u) => {
      const all = PARTS.flatMap((p) => u.parts[p]);
      expect(all.length).toBeGreaterThanOrEqual(40);
      expect(all.filter((e) => e.near).length).toBeGreaterThanOrEqual(all.length / 4);
      expect(u.parts.held.length).toBeGreaterThanOrEqual(all.length / 3);
      expect(u.parts.held.some((e) => e.near)).toBe(true);
      const slugs = all.map((e) => e.profile.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    },
  );

  it.each(set.map((u) => [u.user, u] as const))('%s: labels name only needs the user has open', (_, u) => {
    const met = u.config.needs.filter((n) => n.status === 'met').map((n) => n.id);
    expect(met.length).toBeGreaterThan(0);
    for (const e of PARTS.flatMap((p) => u.parts[p])) {
      for (const need of e.expect) {
        expect(NEED_IDS).toContain(need);
        expect(met).not.toContain(need);
      }
      if (e.near) expect(NEAR_CLASSES).toContain(e.near);
      expect(e.note.length).toBeGreaterThan(5);
    }
  });
});
