import { describe, expect, it } from 'vitest';
import { Store } from '../../lib/store/store';
import { clock, freshStore, profile } from './helpers';

// Two tabs are two Store instances (two connections) on one database. Each operation reads and
// writes inside one transaction, so IndexedDB serialises them and no write is lost.

describe('two writers at once lose nothing', () => {
  it('interleaved saves, feedback and moves from two instances all land', async () => {
    const c = clock();
    const { store: a, factory } = freshStore(c.now);
    const b = new Store(factory, { now: c.now });
    await a.savePerson(profile('shared-one'), []);
    await Promise.all([
      a.feedback('shared-one', 'networks', 'reject'),
      b.feedback('shared-one', 'sponsorship', 'reject'),
      a.feedback('shared-one', 'accountability', 'confirm'),
      b.feedback('shared-one', 'community', 'confirm'),
      ...Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).savePerson(profile(`p-${i}`), ['networks'])),
      a.moveStage('shared-one', 'drafted'),
      b.moveStage('shared-one', 'sent', { channel: 'message' }),
    ]);
    const people = await b.listPeople();
    expect(people).toHaveLength(21);
    const shared = (await a.exportBackup()).people.find((p) => p.slug === 'shared-one')!;
    expect(shared.rejected.sort()).toEqual(['networks', 'sponsorship']);
    expect(shared.confirmed.sort()).toEqual(['accountability', 'community']);
    const events = await a.listEvents('shared-one');
    expect(events.map((e) => e.stage).sort()).toEqual(['drafted', 'identified', 'sent']);
    expect(await a.listEvents()).toHaveLength(23);
  });

  it('settings patched from two instances at once keep both changes', async () => {
    const { store: a, factory } = freshStore();
    const b = new Store(factory);
    await Promise.all([
      a.saveSettings({ display: 'page' }),
      b.saveSettings({ followUpDays: 12 }),
      a.saveNeeds([{ id: 'custom-x', status: 'unmet', ask: '', keywords: [] }]),
    ]);
    const config = await b.getConfig();
    expect(config.settings).toMatchObject({ display: 'page', followUpDays: 12 });
    expect(config.needs.some((n) => n.id === 'custom-x')).toBe(true);
  });
});
