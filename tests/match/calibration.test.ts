import { describe, expect, it } from 'vitest';
import type { NeedId } from '../../lib/domain';
import { matchDetailed } from '../../lib/match';
import { CALIBRATION } from './calibration-people';
import { config } from './people';

// What a thoughtful reader would say of each fictional person, for Mara (tests/match/people.ts),
// by the rules of tests/fixtures/quality/README.md (issue 16): `attention`: exactly the needs at 0.5
// or above; `shown`: also tagged, below 0.5; nothing else. A skills list alone is no expertise
// (the expert's 'Grant Writing'), a programme manager is no accountability partner, a recruiter or
// investor with no reach into biostatistics gives no introductions there.
const EXPECTED: Record<keyof typeof CALIBRATION, { attention: NeedId[]; shown?: NeedId[] }> = {
  'the-expert': { attention: ['project-feedback'] },
  'the-near-miss': { attention: [] },
  'the-coach': { attention: ['emotional-support', 'safe-space'] },
  'the-organiser': { attention: ['community'] },
  'the-sponsor': { attention: ['sponsorship', 'role-models'] },
  'the-connector': { attention: [] },
  'the-recruiter': { attention: [] },
  'the-role-model': { attention: ['role-models', 'sponsorship'] },
  'the-peer': { attention: [] },
  'the-pm': { attention: [] },
  'the-senior-living': { attention: [] },
  'the-stranger': { attention: [] },
  'the-grant-writer': { attention: ['professional-development'] },
};

describe('calibration: 0.5 and above is worth your attention', () => {
  it.each(Object.entries(EXPECTED))('%s', (slug, { attention, shown = [] }) => {
    const { tags } = matchDetailed(config(), CALIBRATION[slug as keyof typeof CALIBRATION]!);
    expect(
      tags
        .filter((t) => t.strength >= 0.5)
        .map((t) => t.need)
        .sort(),
    ).toEqual([...attention].sort());
    expect(tags.map((t) => t.need).sort()).toEqual([...attention, ...shown].sort());
  });

  it('tags the specific ask only for the person who matches it, not the insurance risk manager', () => {
    const tagged = Object.entries(CALIBRATION)
      .filter(([, p]) => matchDetailed(config(), p).tags.some((t) => t.need === 'project-feedback'))
      .map(([slug]) => slug);
    expect(tagged).toEqual(['the-expert']);
  });

  it('every reason of every tag is a plain sentence naming its evidence', () => {
    for (const p of Object.values(CALIBRATION)) {
      for (const t of matchDetailed(config(), p).tags) {
        expect(t.evidence.length).toBeGreaterThan(0);
        for (const r of t.reasons) {
          expect(r).toMatch(/^[A-Z0-9'][^<>]{8,}$/);
          // Never the old machine wording: "Headline mentions 'X', a keyword for Y".
          expect(r).not.toMatch(/a keyword for|mentions '.*', your ask/);
        }
        expect(t.because).toMatch(/^[A-Z].{15,}\.$/);
      }
    }
  });
});
