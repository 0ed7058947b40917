import { describe, expect, it } from 'vitest';
import { compareOrgs } from '../../lib/match/organisation';
import { companyFromHeadline } from '../../lib/match/profile-text';

describe('same or different organisation', () => {
  it.each([
    ['Acme Corp.', 'ACME Corporation', 'same'],
    ['Northwind Health', 'Northwind Health Inc.', 'same'],
    ['The Lakeside Trust', 'Lakeside Trust Ltd', 'same'],
    ['Fabrikam GmbH', 'fabrikam', 'same'],
    ['Open Harbor', 'OpenHarbor', 'same'],
    ['Société Générale Fictive', 'Societe Generale Fictive SA', 'same'],
    ['Northwind Health', 'Northwind Health Europe', 'same'],
    ['Northwind Health', 'Contoso Insurance', 'different'],
    ['Northwind Health', 'Self-employed', 'different'],
    ['Northwind Health', 'Freelance', 'different'],
    // A one-word name that begins a longer one may be another organisation: claim nothing.
    ['Acme', 'Acme Health', 'unknown'],
    ['Northwind Health', 'Northwind', 'unknown'],
    ['', 'Acme', 'unknown'],
    ['Acme', null, 'unknown'],
    ['The Group', 'Acme', 'unknown'],
  ] as const)('%j vs %j → %s', (a, b, same) => {
    expect(compareOrgs(a, b)).toBe(same);
    expect(compareOrgs(b, a)).toBe(same);
  });
});

describe('organisation from a headline', () => {
  it.each([
    ['Director of Research at Acme Labs | Speaker', 'Acme Labs'],
    ['Data Scientist @ Tailspin Pharma', 'Tailspin Pharma'],
    ['Leiterin Vertrieb bei Fabrikam AG', 'Fabrikam AG'],
    ['Responsable marketing chez Contoso', 'Contoso'],
    ['Helping teams ship faster', null],
    ['', null],
  ])('%j → %j', (headline, company) => {
    expect(companyFromHeadline(headline)).toBe(company);
  });
});
