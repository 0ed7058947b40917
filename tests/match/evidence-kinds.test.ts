import { describe, expect, it } from 'vitest';
import type { NeedId, Profile } from '../../lib/domain';
import { matchProfile } from '../../lib/match';
import { config, person } from './people';

// Issue 16's failure classes, on Mara (tests/match/people.ts) with every need open: each tag must
// rest on evidence of the kind its need requires. Fictional people; any likeness is accidental.
const MARA = config(
  {},
  { goal: 'Become head of biostatistics at a research hospital', field: 'Biostatistics' },
);
const withKeywords = config({
  needs: MARA.needs.map((n) =>
    n.id === 'sponsorship'
      ? { ...n, keywords: ['head of', 'director', 'VP', 'Northwind Health'] }
      : n.id === 'accountability'
        ? { ...n, keywords: ['accountability'] }
        : n,
  ),
});
const job = (title: string, company: string) => [{ title, company, dates: '2020 – Present' }];
const tagged = (p: Partial<Profile>, cfg = withKeywords) =>
  matchProfile(cfg, person(p)).tags.map((t) => t.need);

describe('surface words without the kind of evidence tag nothing', () => {
  it.each<[string, Partial<Profile>, NeedId]>([
    [
      "'head of' in a kitchen",
      { headline: 'Head Pastry Chef at Maison Belle', experience: job('Head Pastry Chef', 'Maison Belle') },
      'sponsorship',
    ],
    [
      'a director in another field',
      {
        headline: 'Director of Nursing',
        company: 'St Mary Hospital',
        experience: job('Director of Nursing', 'St Mary'),
      },
      'sponsorship',
    ],
    [
      'a junior colleague at her organisation',
      { headline: 'Junior Analyst at Northwind Health', company: 'Northwind Health' },
      'sponsorship',
    ],
    [
      'an Accountability Officer in compliance',
      { headline: 'Accountability Officer, public sector compliance', company: 'City Council' },
      'accountability',
    ],
    [
      'a football head coach who mentions mentoring',
      { headline: 'Head Coach, Harbour FC | mentoring young players', company: 'Harbour FC' },
      'safe-space',
    ],
    [
      "'Management' as a skill and a degree",
      {
        headline: 'Operations Coordinator',
        about: 'BComm in Management.',
        skills: ['Management', 'Leadership'],
      },
      'professional-development',
    ],
    [
      'an occupational therapist',
      { headline: 'Occupational Therapist at Clinic Nine', company: 'Clinic Nine' },
      'emotional-support',
    ],
  ])('%s: no %s tag', (_, p, need) => {
    expect(tagged(p)).not.toContain(need);
  });
});

describe('the kind of evidence each need requires makes its tag', () => {
  it.each<[string, Partial<Profile>, NeedId]>([
    [
      'a senior in her organisation',
      { headline: 'Director of Data Science at Northwind Health', company: 'Northwind Health' },
      'sponsorship',
    ],
    [
      'a head of biostatistics elsewhere',
      {
        headline: 'Head of Biostatistics at Lakeside Research Hospital',
        company: 'Lakeside Research Hospital',
      },
      'role-models',
    ],
    [
      'a writing group host',
      { headline: 'Hosts a weekly writing group for researchers', company: 'Self-employed' },
      'accountability',
    ],
    [
      'a psychotherapist outside her world',
      { headline: 'Psychotherapist in private practice', company: 'Self-employed' },
      'safe-space',
    ],
    [
      'a meetup organiser in her field',
      { headline: 'Biostatistician | Organiser of the Harbour statistics meetup', company: 'Fabrikam' },
      'community',
    ],
  ])('%s: a %s tag, with a sentence on why', (_, p, need) => {
    const tag = matchProfile(withKeywords, person(p)).tags.find((t) => t.need === need);
    expect(tag?.strength).toBeGreaterThanOrEqual(0.5);
    expect(tag?.because).toMatch(/^[A-Z].+\.$/);
  });

  it('never tags a need the user marked met, however well the person fits it', () => {
    const met = config({ needs: MARA.needs.map((n) => ({ ...n, status: 'met' as const })) });
    expect(
      tagged({ headline: 'Psychotherapist in private practice', company: 'Self-employed' }, met),
    ).toEqual([]);
  });
});
