import { describe, expect, it } from 'vitest';
import type { Profile } from '../../lib/domain';
import { compareField } from '../../lib/match/field';
import { prepareProfile } from '../../lib/match/profile-text';
import { person } from './people';

const exp = (title: string) => [{ title, company: 'Somewhere', dates: null }];

describe('same or different field', () => {
  it.each([
    ['Biostatistics', { headline: 'Senior Biostatistician at Tailspin Pharma' }, 'same'],
    ['Biostatistics', { experience: exp('Biostatistician II') }, 'same'],
    ['Data science', { headline: 'Lead Data Scientist' }, 'same'],
    ['Software engineering', { headline: 'Senior Software Engineer' }, 'same'],
    ['Biostatistics, epidemiology', { skills: ['Epidemiology', 'SAS'] }, 'same'],
    ['Biostatistics', { headline: 'Insurance Risk Manager at Contoso Insurance' }, 'different'],
    ['Biostatistics', { headline: 'Leadership coach' }, 'different'],
    // A field word only in About is mentioned in passing, not worked in.
    ['Biostatistics', { headline: 'Painter', about: 'I once took a biostatistics course.' }, 'different'],
    // Most of the field, in order: the same trade in another industry still competes with you.
    ['Healthcare data science', { headline: 'Data Scientist at a retail bank' }, 'same'],
    // Sharing one specific word but not the field: claim neither.
    ['Healthcare data science', { headline: 'Healthcare administrator' }, 'unknown'],
    ['', { headline: 'Senior Biostatistician' }, 'unknown'],
    ['Biostatistics', {}, 'unknown'],
  ] as [string, Partial<Profile>, string][])('%j vs %j → %s', (field, over, same) => {
    expect(compareField(field, prepareProfile(person(over)))).toBe(same);
  });
});
