import { describe, expect, it } from 'vitest';
import { EMPTY_SELF } from '../../lib/domain';
import { boldness } from '../../lib/pipeline/boldness';
import { person } from './factories';

const self = { ...EMPTY_SELF, organization: 'Lindenfeld Hospital', seniority: 'senior' as const };

describe('boldness', () => {
  it('counts shares outside the organisation, more senior and beyond 1st degree', () => {
    const b = boldness(self, [
      person('a', { company: 'Lindenfeld Hospital', headline: 'Data Scientist', degree: 1 }),
      person('b', { company: 'Eastgate University', headline: 'Director of Research', degree: 2 }),
      person('c', { company: 'Harbourview Analytics', headline: 'Chief Data Officer', degree: 3 }),
      person('d', { company: '', headline: '', degree: null }),
    ]);
    expect(b.total).toBe(4);
    expect(b.outsideOrganization).toEqual({ count: 2, known: 3, share: 2 / 3 });
    expect(b.moreSenior.count).toBe(2);
    expect(b.beyondFirstDegree).toEqual({ count: 2, known: 3, share: 2 / 3 });
    expect(b.nudge).toBeNull();
  });

  it('nudges when everything stays close to home', () => {
    const b = boldness(
      self,
      ['a', 'b', 'c'].map((s) =>
        person(s, { company: 'Lindenfeld Hospital', headline: 'Data Scientist', degree: 1 }),
      ),
    );
    expect(b.outsideOrganization.share).toBe(0);
    expect(b.nudge).toMatch(/close to home/);
  });

  it('does not nudge on too few people, nor count people outside the pipeline', () => {
    const near = person('a', { company: 'Lindenfeld Hospital', degree: 1 });
    expect(boldness(self, [near, near]).nudge).toBeNull();
    expect(boldness(self, [near, { ...near, inPipeline: false }]).total).toBe(1);
  });

  it('unknown own organisation or seniority: those shares are unknown, not zero evidence', () => {
    const b = boldness(EMPTY_SELF, [person('a', { company: 'X', headline: 'Director', degree: 2 })]);
    expect(b.outsideOrganization.known).toBe(0);
    expect(b.moreSenior.known).toBe(0);
    expect(b.beyondFirstDegree.share).toBe(1);
  });

  it('a company name containing the organisation counts as inside', () => {
    const b = boldness(self, [person('a', { company: 'Lindenfeld Hospital NHS Trust' })]);
    expect(b.outsideOrganization.count).toBe(0);
  });
});
