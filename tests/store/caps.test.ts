import { describe, expect, it } from 'vitest';
import { checkBackup } from '../../lib/backup/check-backup';
import { COUNTS, SNAPSHOT } from '../../lib/caps';
import { applyBackup } from '../../lib/store/apply-backup';
import { openDb } from '../../lib/store/db';
import { Store } from '../../lib/store/store';
import { recordFigures } from '../properties/figures';
import { clock, freshStore, profile } from './helpers';

// The most records the store keeps (issue 14): a call that would pass a cap fails whole, with a
// message that says where the user stands, and writes nothing. Small caps are injected where the
// real one would make the test slow; the people cap is also met at its real size, with the
// connections chunks filled straight in IndexedDB (a bare slug per person: only counted here).

async function snapshot(store: Store) {
  const backup = await store.exportBackup();
  return { ...backup, exportedAt: '', settings: { ...backup.settings, lastExportAt: '' } };
}

/** A store already holding `count` connections, written as the import writes them (chunks of 1000). */
async function storeWithConnections(count: number) {
  const { store, factory } = freshStore(clock().now);
  const db = await openDb(factory);
  const tx = db.transaction('connections', 'readwrite');
  for (let start = 0; start < count; start += 1000) {
    const chunk = Array.from({ length: Math.min(1000, count - start) }, (_, i) => ({
      slug: `conn-${String(start + i).padStart(6, '0')}`,
    }));
    void tx.objectStore('connections').put(chunk as never, chunk[0]!.slug);
  }
  await tx.done;
  db.close();
  return store;
}

const oneBackup = (people: unknown[], outreach: unknown[] = []) =>
  JSON.stringify({
    format: 'constellation-backup',
    version: 1,
    self: {},
    needs: [],
    people,
    outreach,
  });

const person = (slug: string) => ({
  slug,
  stage: 'identified',
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
});

describe('people: at most COUNTS.people, counting the network and connections', () => {
  it('a save past a small cap is refused with the count and the reason; saving someone stored still works', async () => {
    const c = clock();
    const { factory } = freshStore(c.now);
    const capped = new Store(factory, { now: c.now, caps: { people: 3 } });
    for (const slug of ['a-1', 'a-2', 'a-3']) await capped.savePerson(profile(slug), []);
    const before = await snapshot(capped);
    await expect(capped.savePerson(profile('a-4', { name: 'Ada Quist' }), [])).rejects.toThrow(
      'You have 3 people stored, the most Constellation keeps, so Ada Quist was not saved. Nothing was changed.',
    );
    await expect(capped.feedback('b-5', 'networks', 'reject')).rejects.toThrow('so b-5 was not saved');
    expect(await snapshot(capped)).toEqual(before);
    // An update adds nobody.
    await capped.savePerson(profile('a-2', { headline: 'Head of Data' }), []);
    expect((await capped.listPeople()).find((p) => p.slug === 'a-2')?.headline).toBe('Head of Data');
  });

  it(`at the real cap (${COUNTS.people.toLocaleString('en-US')}), a page save, a Connections.csv and a backup each add nobody`, async () => {
    const store = await storeWithConnections(COUNTS.people);
    const full = /You have 100,000 people stored, the most Constellation keeps/;
    await expect(store.savePerson(profile('new-person'), [])).rejects.toThrow(full);
    const csv =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nNew,Person,https://www.linkedin.com/in/new-csv,,Acme,Lead,01 Mar 2026\n';
    await expect(store.importFile('Connections.csv', csv)).rejects.toThrow(full);
    await expect(store.importFile('b.json', oneBackup([person('new-backup')]))).rejects.toThrow(full);
    expect(await store.listPeople()).toEqual([]);
    expect(await store.listEvents()).toEqual([]);
    recordFigures('caps-people', { cap: COUNTS.people, seeded: COUNTS.people, refusedDoors: 3 });
  });

  it('an import that would pass the cap says how many it would add, and imports nothing', async () => {
    const store = await storeWithConnections(COUNTS.people - 1);
    const rows = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
    for (const slug of ['x-one', 'x-two'])
      rows.push(`X,Y,https://www.linkedin.com/in/${slug},,Acme,Lead,01 Mar 2026`);
    await expect(store.importFile('Connections.csv', rows.join('\n'))).rejects.toThrow(
      'This file would add 2 people to the 99,999 you have, more than the 100,000 Constellation keeps. Nothing was imported',
    );
    // One fits.
    await store.importFile('Connections.csv', rows.slice(0, 2).join('\n'));
    await expect(store.savePerson(profile('one-more'), [])).rejects.toThrow('You have 100,000 people');
  });
});

describe('history steps: at most COUNTS.events', () => {
  it('a stage move or a touch past the cap is refused, and the stage stays', async () => {
    const c = clock();
    const { factory } = freshStore(c.now);
    const store = new Store(factory, { now: c.now, caps: { events: 2 } });
    await store.savePerson(profile('ines-r'), []);
    await store.moveStage('ines-r', 'sent');
    await expect(store.moveStage('ines-r', 'replied')).rejects.toThrow(
      'Your history holds 2 steps, and 1 more would pass the 2 Constellation keeps. Nothing was changed',
    );
    await expect(store.logTouch('ines-r', { kind: 'follow-up' })).rejects.toThrow('holds 2 steps');
    await expect(store.savePerson(profile('kai-m'), [])).rejects.toThrow('holds 2 steps');
    expect((await store.listPeople()).map((p) => [p.slug, p.stage])).toEqual([['ines-r', 'sent']]);
  });

  it("a backup whose new steps would pass the cap writes nothing (the backup's own check)", async () => {
    const { store, factory } = freshStore(clock().now);
    const before = await snapshot(store);
    const events = ['e1', 'e2', 'e3'].map((id) => ({
      id,
      slug: 'p-1',
      stage: 'sent',
      at: '2026-03-01T09:00:00.000Z',
    }));
    const checked = checkBackup(oneBackup([person('p-1')], events));
    if (!checked.ok) throw new Error(checked.result.message);
    const db = await openDb(factory);
    await expect(applyBackup(db, checked.backup, [], { ...COUNTS, events: 2 })).rejects.toThrow(
      'Your history holds 0 steps, and 3 more would pass the 2',
    );
    db.close();
    expect(await snapshot(store)).toEqual(before);
  });
});

describe('needs: at most COUNTS.needs, built-ins included', () => {
  it('adding a need of your own past the cap is refused; editing one still works', async () => {
    const { factory } = freshStore();
    const store = new Store(factory, { caps: { needs: 10 } });
    await store.saveNeeds([
      { id: 'custom-writing', name: 'Writing', status: 'unmet', ask: '', keywords: [] },
    ]);
    await expect(
      store.saveNeeds([
        { id: 'networks', ask: 'not saved either' },
        { id: 'custom-reading', name: 'Reading' },
      ]),
    ).rejects.toThrow('You have 10 needs; one more would pass the 10 Constellation keeps. Nothing was saved');
    const needs = (await store.getConfig()).needs;
    expect(needs).toHaveLength(10);
    expect(needs.find((n) => n.id === 'networks')?.ask).toBe('');
    await store.saveNeeds([{ id: 'custom-writing', ask: 'a weekly group' }]);
    expect((await store.getConfig()).needs.find((n) => n.id === 'custom-writing')?.ask).toBe(
      'a weekly group',
    );
  });
});

describe('sizes: notes, messages and page snapshots', () => {
  it('a note or message past its cap is refused with its length, never cut', async () => {
    const { store } = freshStore(clock().now);
    await store.savePerson(profile('ines-r'), []);
    await expect(store.logTouch('ines-r', { kind: 'follow-up', note: 'n'.repeat(5001) })).rejects.toThrow(
      'The note is 5,001 characters; Constellation keeps up to 5,000. Shorten it and save again.',
    );
    await expect(store.moveStage('ines-r', 'sent', { text: 't'.repeat(20_001) })).rejects.toThrow(
      'The message is 20,001 characters',
    );
    expect(await store.listEvents('ines-r')).toHaveLength(1);
    await store.logTouch('ines-r', { kind: 'follow-up', note: 'n'.repeat(5000) });
    expect((await store.listEvents('ines-r')).find((e) => e.kind)?.note).toHaveLength(5000);
  });

  it.each([
    [
      'too many fields',
      Object.fromEntries(Array.from({ length: SNAPSHOT.keys + 1 }, (_, i) => [`k${i}`, 1])),
    ],
    ['too much text', { about: 'x'.repeat(SNAPSHOT.chars) }],
  ])("a backup person's snapshot with %s is refused, naming the person and the bound", async (_, snap) => {
    const { store } = freshStore(clock().now);
    const result = await store.importFile('b.json', oneBackup([{ ...person('p-1'), snapshot: snap }]));
    expect(result.ok).toBe(false);
    expect(result.message).toContain(
      'people[0].snapshot: a page snapshot holds at most 50 fields and 200,000 characters',
    );
    expect(await store.listPeople()).toEqual([]);
  });
});
