import { describe, expect, it } from 'vitest';
import { cardToProfile, currentRole, prepareProfile } from '../../lib/match/profile-text';
import { person } from './people';

const job = (title: string, dates: string | null) => ({ title, company: `${title} Org`, dates });

describe('the current role', () => {
  it.each([
    [[job('A', 'Jan 2020 – Present'), job('B', '2015 – 2019')], 0],
    [[job('A', '2021 - 2023'), job('B', 'seit 2019 – heute')], 1],
    [[job('A', 'mar. 2022 - actualidad · 2 años')], 0],
    [[job('A', 'Oct 2023 - Sep 2024'), job('B', 'Apr 2021 - Oct 2023')], -1],
    [[job('A', null), job('B', null)], 0],
    [[job('A', '2019')], 0],
    [[], -1],
  ])('%j → %i', (experience, at) => {
    expect(currentRole(experience)).toBe(at);
  });

  it('reads rank and organisation from the running role, not an ended first entry', () => {
    const p = prepareProfile(
      person({
        headline: 'Data Scientist',
        experience: [job('Assistant Vice President', 'Oct 2023 - Sep 2024'), job('Analyst', '2019 - 2023')],
      }),
    );
    expect(p.title).toBe('');
    expect(p.company).toBeNull();
    expect(p.byWhere.past?.words).toContain('vice');
  });
});

describe('preparing text', () => {
  it('keeps list items apart and drops function words from stems', () => {
    const p = prepareProfile(person({ skills: ['Grant Writing', 'The Art of R'] }));
    expect(p.byWhere.skills?.stems).toBe(' grant writ | art r ');
  });

  it('finds no text in blank fields', () => {
    expect(prepareProfile(person({ headline: ' ', skills: ['', '—'], about: '🙂' })).hasText).toBe(false);
  });

  it('makes a thin profile of a card', () => {
    const p = cardToProfile({ slug: 's', name: 'N', headline: 'Director at Contoso', degree: 2, tags: [] });
    expect(p).toMatchObject({
      slug: 's',
      headline: 'Director at Contoso',
      degree: 2,
      experience: [],
      skills: [],
    });
    expect(prepareProfile(p).company).toBe('Contoso');
  });
});
