import { describe, expect, it } from 'vitest';
import { mergePerson, mergeSettings } from '../../lib/backup/merge';
import { DEFAULT_SETTINGS, type Person } from '../../lib/domain';
import { person as basePerson } from '../pipeline/factories';

const person = (over: Partial<Person>): Person =>
  basePerson('ines-r', { name: 'Ines R', degree: 2, ...over });

describe('mergePerson', () => {
  it.each([
    ['nothing stored: the incoming record', undefined, person({ stage: 'sent' }), 'sent'],
    [
      'newer incoming wins',
      person({ stage: 'sent' }),
      person({ stage: 'replied', updatedAt: '2026-02-01T00:00:00.000Z' }),
      'replied',
    ],
    [
      'older incoming loses',
      person({ stage: 'replied', updatedAt: '2026-02-01T00:00:00.000Z' }),
      person({ stage: 'sent' }),
      'replied',
    ],
  ])('%s', (_n, stored, incoming, stage) => {
    expect((mergePerson(stored, incoming) ?? stored)?.stage).toBe(stage);
  });

  it('ties keep the stored record: null means nothing to write', () => {
    expect(mergePerson(person({}), person({}))).toBeNull();
  });

  it('unions rejections and confirmations; a rejection beats a confirmation and drops the need', () => {
    const stored = person({
      rejected: ['networks'],
      confirmed: ['sponsorship'],
      updatedAt: '2026-03-01T00:00:00.000Z',
    });
    const incoming = person({
      rejected: ['sponsorship'],
      confirmed: ['community'],
      needs: ['sponsorship', 'community'],
    });
    const merged = mergePerson(stored, incoming)!;
    expect(merged.rejected.sort()).toEqual(['networks', 'sponsorship']);
    expect(merged.confirmed).toEqual(['community']);
  });

  it('in the pipeline on either side means in the pipeline', () => {
    const merged = mergePerson(
      person({ inPipeline: false }),
      person({ updatedAt: '2026-01-02T00:00:00.000Z' }),
    )!;
    expect(merged.inPipeline).not.toBe(false);
  });
});

describe('mergeSettings', () => {
  it('takes the backup choices, keeps the later export date and onboarding', () => {
    const stored = { ...DEFAULT_SETTINGS, onboarded: true, lastExportAt: '2026-03-01T00:00:00.000Z' };
    const merged = mergeSettings(stored, {
      display: 'page',
      onboarded: false,
      lastExportAt: '2026-01-01T00:00:00.000Z',
    });
    expect(merged).toMatchObject({
      display: 'page',
      onboarded: true,
      lastExportAt: '2026-03-01T00:00:00.000Z',
    });
    expect(mergeSettings(DEFAULT_SETTINGS, { lastExportAt: '2026-01-01T00:00:00.000Z' }).lastExportAt).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    expect(mergeSettings(DEFAULT_SETTINGS, undefined)).toBe(DEFAULT_SETTINGS);
  });
});
