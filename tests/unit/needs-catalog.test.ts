import { describe, expect, it } from 'vitest';
import { NEED_IDS } from '../../lib/domain';
import { customNeedId, defaultNeeds, needName } from '../../lib/needs-catalog';

describe('needs catalog', () => {
  it('starts a new user with the nine contract ids, all unmet', () => {
    const needs = defaultNeeds();
    expect(needs.map((n) => n.id)).toEqual([...NEED_IDS]);
    expect(new Set(needs.map((n) => n.status))).toEqual(new Set(['unmet']));
  });

  it.each([
    ['Grant writing', 'custom-grant-writing'],
    ['  Café  Society! ', 'custom-cafe-society'],
    ['日本語', 'custom-need'],
  ])('makes a custom id from %j', (name, id) => {
    expect(customNeedId(name)).toBe(id);
  });

  it('prefers the name the user gave', () => {
    expect(needName({ id: 'sponsorship' })).toBe('Institutional Sponsorship');
    expect(needName({ id: 'sponsorship', name: ' Champions ' })).toBe('Champions');
  });
});
