import { describe, expect, it } from 'vitest';
import type { Need } from '../../lib/domain';
import { needsCoverage } from '../../lib/pipeline/needs-coverage';
import { person } from './factories';

const need = (id: Need['id'], over: Partial<Need> = {}): Need => ({
  id,
  status: 'unmet',
  ask: '',
  keywords: [],
  ...over,
});

describe('needsCoverage', () => {
  const needs = [
    need('networks'),
    need('sponsorship', { status: 'partly' }),
    need('safe-space'),
    need('community', { hidden: true }),
  ];

  it('tells covered (ongoing), in progress and empty apart', () => {
    const map = needsCoverage(needs, [
      person('ada', { stage: 'ongoing', needs: ['networks'] }),
      person('bo', { stage: 'sent', needs: ['networks', 'sponsorship'] }),
      person('cy', { stage: 'closed', needs: ['safe-space'] }),
      person('di', { stage: 'ongoing', needs: ['safe-space'], inPipeline: false }),
      person('ed', { stage: 'ongoing', needs: ['safe-space'], rejected: ['safe-space'] }),
    ]);
    expect(map.needs.map((n) => [n.id, n.covered, n.inProgress, n.empty])).toEqual([
      ['networks', ['ada'], ['bo'], false],
      ['sponsorship', [], ['bo'], false],
      ['safe-space', [], [], true],
    ]);
    expect(map.needs[1]).toMatchObject({ name: 'Institutional Sponsorship', status: 'partly' });
    expect(map.warnings).toEqual([]);
    // Names for the people listed, and only them: the popup shows names, not slugs.
    expect(Object.keys(map.names).sort()).toEqual(['ada', 'bo']);
  });

  it('warns when one person carries more than three needs, not at three', () => {
    const four = [need('networks'), need('sponsorship'), need('safe-space'), need('community')];
    const three = needsCoverage(four, [
      person('ada', { stage: 'ongoing', needs: ['networks', 'sponsorship', 'safe-space'] }),
    ]);
    expect(three.warnings).toEqual([]);
    const all = needsCoverage(four, [
      person('ada', {
        name: 'Ada Q',
        stage: 'ongoing',
        needs: ['networks', 'sponsorship', 'safe-space', 'community'],
      }),
    ]);
    expect(all.warnings).toEqual([expect.stringMatching(/^Ada Q carries 4 of your needs/)]);
  });

  it('an empty pipeline leaves every visible need empty', () => {
    expect(needsCoverage(needs, []).needs.every((n) => n.empty)).toBe(true);
  });

  it('uses the user’s own name for a renamed need', () => {
    expect(needsCoverage([need('networks', { name: 'Intros' })], []).needs[0]?.name).toBe('Intros');
  });
});
