import { describe, expect, it } from 'vitest';
import type { NeedId } from '../../lib/domain';
import { matchDetailed } from '../../lib/match';
import { CALIBRATION } from './calibration-people';
import { config } from './people';

// What a thoughtful reader would say of each fictional person, for Mara (tests/match/people.ts):
// `attention`: exactly the needs at 0.5 or above; `shown`: also tagged, below 0.5; nothing else.
const EXPECTED: Record<keyof typeof CALIBRATION, { attention: NeedId[]; shown?: NeedId[] }> = {
  'the-expert': { attention: ['project-feedback', 'professional-development'] },
  'the-near-miss': { attention: [] },
  'the-coach': { attention: ['emotional-support', 'safe-space'], shown: ['accountability'] },
  'the-organiser': { attention: ['community'] },
  'the-sponsor': { attention: ['sponsorship'], shown: ['role-models', 'professional-development'] },
  'the-connector': { attention: ['networks'] },
  'the-recruiter': { attention: [], shown: ['networks'] },
  'the-role-model': { attention: ['role-models', 'professional-development'], shown: ['sponsorship'] },
  'the-peer': { attention: [], shown: ['community', 'accountability'] },
  'the-pm': { attention: [], shown: ['accountability'] },
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
        for (const r of t.reasons) expect(r).toMatch(/^[A-Z0-9'][^<>]{8,}$/);
      }
    }
  });
});
