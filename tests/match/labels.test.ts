import { describe, expect, it } from 'vitest';
import type { Label, Profile } from '../../lib/domain';
import { matchDetailed } from '../../lib/match';
import { config, person } from './people';

// Mara: senior biostatistician at Northwind Health; offers R programming, wants grant writing.
const cases: [string, Partial<Profile>, Label[]][] = [
  [
    'director at another organisation, in another field, 2nd degree: bold and confidante',
    { headline: 'Director of Operations at Contoso Insurance', degree: 2 },
    ['bold', 'confidante'],
  ],
  [
    'more senior elsewhere, 1st degree, same field: bold only',
    { headline: 'Head of Biostatistics at Tailspin Pharma', degree: 1 },
    ['bold'],
  ],
  [
    'same organisation spelled differently: neither bold nor confidante',
    { headline: 'VP Data at Northwind Health Inc.', degree: 2 },
    [],
  ],
  [
    'peer at another organisation in the same field, 1st degree: peer',
    { headline: 'Senior Biostatistician at Tailspin Pharma', degree: 1 },
    ['peer'],
  ],
  [
    'peer who wants to learn what Mara offers: peer and reciprocal',
    {
      headline: 'Senior Biostatistician',
      company: 'Northwind Health',
      about: 'Currently learning R programming on weekends.',
      degree: 1,
    },
    ['peer', 'reciprocal'],
  ],
  [
    'different strengths: has grant writing, lacks R: reciprocal',
    {
      headline: 'Research Development Officer',
      company: 'Northwind Health',
      skills: ['Grant Writing', 'Budgeting'],
      degree: 1,
    },
    ['reciprocal'],
  ],
  [
    'has grant writing and R already: nothing to offer back',
    {
      headline: 'Research Development Officer',
      company: 'Northwind Health',
      skills: ['Grant Writing', 'R programming', 'Statistical consulting'],
      degree: 1,
    },
    [],
  ],
  [
    'one-word organisation that may be Mara\'s ("Northwind"): claim nothing about it',
    { headline: 'Director at Northwind', degree: 2 },
    [],
  ],
  [
    'junior elsewhere, other field, 1st degree: confidante, not bold',
    { headline: 'Marketing Intern at Contoso', degree: 1 },
    ['confidante'],
  ],
  [
    'junior colleague, 1st degree: no label',
    { headline: 'Biostatistics Intern at Northwind Health', degree: 1 },
    [],
  ],
];

describe('labels', () => {
  it.each(cases)('%s', (_, over, labels) => {
    const r = matchDetailed(config(), person(over));
    expect(r.labels).toEqual(labels);
    for (const l of labels) expect(r.labelReasons[l]).toBeTruthy();
  });

  it('explains each label in plain words', () => {
    const r = matchDetailed(
      config(),
      person({ headline: 'Director of Operations at Contoso Insurance', degree: 2 }),
    );
    expect(r.labelReasons.confidante).toBe('Outside your organisation and field: a possible confidante');
    expect(r.labelReasons.bold).toMatch(/^Outside your organisation, more senior/);
  });

  it('claims no label without a self-profile', () => {
    const cfg = config({}, { organization: '', field: '', seniority: '', offers: [], wants: [] });
    for (const [, over] of cases) expect(matchDetailed(cfg, person(over)).labels).toEqual([]);
  });
});
