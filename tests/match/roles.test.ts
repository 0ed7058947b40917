import { describe, expect, it } from 'vitest';
import { prepareProfile } from '../../lib/match/profile-text';
import { rolesIn } from '../../lib/match/roles';
import { person } from './people';

const roles = (headline: string) => rolesIn(prepareProfile(person({ headline })).byWhere.headline!);

describe('role words per need', () => {
  it.each([
    ['Certified life coach', 'life coach', 'emotional-support'],
    ['Psychotherapist in private practice', 'psychotherapist', 'emotional-support'],
    ['Psicóloga clínica', 'psicologa', 'emotional-support'],
    ['Community Manager at a design guild', 'community manager', 'community'],
    ['Meetup organizer, PyData Harbourtown', 'meetup organiser', 'community'],
    ['ERG lead, Women in Engineering', 'erg lead', 'community'],
    ['Program Manager', 'program manager', 'accountability'],
    ['Scrum Master', 'scrum master', 'accountability'],
    ['Board Member, Lakeside Foundation', 'board member', 'sponsorship'],
    ['Technical Recruiter', 'recruiter', 'networks'],
    ['Angel investor in climate tech', 'angel investor', 'networks'],
    ['Recruteuse tech', 'recruteuse', 'networks'],
    ['Associate Editor, Journal of Fictional Statistics', 'editor', 'project-feedback'],
    ['Principal Engineer', 'principal engineer', 'project-feedback'],
    ['Professora de Estatística', 'professora', 'project-feedback'],
    ['Keynote speaker and author', 'keynote speaker', 'role-models'],
  ] as const)('%j → %s (%s)', (headline, role, need) => {
    const found = roles(headline);
    if (!role) return expect(found).toEqual([]);
    const hit = found.find((r) => r.role === role);
    expect(hit?.needs).toContain(need);
  });

  it.each([
    // "organiser" is a role; "organisation" is not.
    'Works for a large organisation',
    'Communications Manager',
    'Product Owner',
    'Coachella superfan',
  ])('no role in %j', (headline) => {
    expect(roles(headline)).toEqual([]);
  });

  it.each(['Python coach & data scientist', 'Agile Coach', 'Head football coach'])(
    'a trade coach (%j) teaches and holds to plans, but is no listener',
    (headline) => {
      const needs = roles(headline).flatMap((r) => r.needs);
      expect(needs).toContain('accountability');
      expect(needs).not.toContain('emotional-support');
      expect(needs).not.toContain('safe-space');
    },
  );
});
