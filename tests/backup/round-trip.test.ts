import { describe, expect, it } from 'vitest';
import type { Backup } from '../../lib/backup/types';
import { clock, freshStore, profile } from '../store/helpers';

/** A store with a bit of everything: self, needs (custom and hidden), people in stages, history, settings. */
async function populated() {
  const c = clock();
  const { store } = freshStore(c.now);
  await store.saveSelf({
    name: 'Mira Okafor',
    organization: 'Lindenfeld Hospital',
    field: 'clinical data science',
    seniority: 'senior',
    goal: 'Lead a risk-modelling team',
    success: 'A funded team of three',
    offers: ['Python reviews'],
    wants: ['grant writing'],
    location: 'Leeds',
    formats: ['video', 'coffee'],
    premium: false,
  });
  await store.saveNeeds([
    { id: 'project-feedback', status: 'unmet', ask: 'feedback on my paper', keywords: ['risk models'] },
    {
      id: 'custom-writing-group',
      status: 'partly',
      ask: 'a writing group',
      keywords: [],
      name: 'Writing group',
    },
  ]);
  await store.deleteNeed('safe-space');
  await store.saveSettings({ display: 'page', followUpDays: 5, onboarded: true });
  await store.savePerson(profile('ines-r'), ['project-feedback']);
  await store.savePerson(profile('kai-m', { company: 'Eastgate' }), ['custom-writing-group']);
  c.advanceDays(1);
  await store.moveStage('ines-r', 'sent', { channel: 'connection-note', text: 'Hello Ines' });
  await store.moveStage('kai-m', 'closed', { closedReason: 'declined' });
  await store.feedback('ines-r', 'sponsorship', 'reject');
  await store.feedback('someone-else', 'networks', 'reject');
  return { store, c };
}

const strip = (b: Backup) => ({
  ...b,
  exportedAt: undefined,
  settings: { ...b.settings, lastExportAt: undefined },
});

describe('backup round trip', () => {
  it('export → fresh install → import gives back exactly the same data', async () => {
    const { store } = await populated();
    const backup = await store.exportBackup();
    expect(backup).toMatchObject({
      format: 'constellation-backup',
      version: 1,
      exportedAt: '2026-03-03T09:00:00.000Z',
    });
    expect(backup.people).toHaveLength(3);
    expect(backup.outreach).toHaveLength(4);
    const text = JSON.stringify(backup);

    const { store: fresh } = freshStore();
    const result = await fresh.importFile('constellation-backup.json', text);
    expect(result).toMatchObject({ ok: true, kind: 'backup', problems: [] });
    expect(result.counts).toEqual({ needs: 10, people: 3, outreach: 4 });
    expect(strip(await fresh.exportBackup())).toEqual(strip(backup));
    expect(await fresh.listEvents()).toEqual(await store.listEvents());
  });

  it('the file says when it was made; the store records an export only when the page says the download started', async () => {
    const { store } = await populated();
    const backup = await store.exportBackup();
    expect(backup.exportedAt).toBe('2026-03-03T09:00:00.000Z');
    expect((await store.getConfig()).settings.lastExportAt).toBeNull();
    await store.saveSettings({ lastExportAt: backup.exportedAt });
    expect((await store.getConfig()).settings.lastExportAt).toBe('2026-03-03T09:00:00.000Z');
  });

  it('importing the same file twice changes nothing', async () => {
    const { store } = await populated();
    const text = JSON.stringify(await store.exportBackup());
    const { store: other } = freshStore();
    await other.importFile('b.json', text);
    const once = await other.exportBackup();
    const second = await other.importFile('b.json', text);
    expect(second.message).toMatch(/0 new\b.*0 new\b/);
    expect(strip(await other.exportBackup())).toEqual(strip(once));
  });

  it('importing into a store with its own data merges by id and never duplicates', async () => {
    const { store, c } = await populated();
    const backup = await store.exportBackup();
    c.advanceDays(2);
    await store.moveStage('ines-r', 'replied', { note: 'newer than the backup' });
    await store.savePerson(profile('only-here'), []);
    const result = await store.importFile('old.json', JSON.stringify(backup));
    expect(result.ok).toBe(true);
    const people = await store.listPeople();
    expect(people.map((p) => p.slug).sort()).toEqual(['ines-r', 'kai-m', 'only-here']);
    expect(people.find((p) => p.slug === 'ines-r')?.stage).toBe('replied');
    expect((await store.listEvents('ines-r')).map((e) => e.stage)).toEqual(['identified', 'sent', 'replied']);
  });

  it('a BOM and extra members from a newer build are accepted and kept', async () => {
    const { store } = await populated();
    const backup = { ...(await store.exportBackup()), futureMember: { a: 1 } } as Backup & {
      futureMember: object;
    };
    backup.people[0] = { ...backup.people[0]!, futureField: 'kept' } as never;
    const { store: fresh } = freshStore();
    expect((await fresh.importFile('b.json', `\uFEFF${JSON.stringify(backup)}`)).ok).toBe(true);
    const back = await fresh.exportBackup();
    expect(back.people.find((p) => p.slug === backup.people[0]!.slug)).toMatchObject({ futureField: 'kept' });
  });

  it('accepts the minimal backup PRODUCT.md shows', async () => {
    const { store } = freshStore();
    const minimal = {
      format: 'constellation-backup',
      version: 1,
      self: {
        name: '',
        organization: '',
        field: '',
        seniority: 'senior',
        goal: '',
        success: '',
        offers: [],
        wants: [],
        location: '',
        formats: ['video', 'coffee'],
        premium: false,
      },
      needs: [{ id: 'project-feedback', status: 'unmet', ask: '', keywords: [] }],
      people: [],
      outreach: [],
    };
    const result = await store.importFile('min.json', JSON.stringify(minimal));
    expect(result.ok).toBe(true);
    expect((await store.getConfig()).self.seniority).toBe('senior');
  });
});
