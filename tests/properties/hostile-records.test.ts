import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackgroundHost } from '../../lib/background/host';
import { checkBackup } from '../../lib/backup/check-backup';
import { pagesCalls } from '../../lib/messages/pages-calls';
import { openDb } from '../../lib/store/db';
import { Store } from '../../lib/store/store';
import { fakePort } from '../background/fake-port';
import { clock, freshStore, profile } from '../store/helpers';
import { recordFigures } from './figures';

// Whatever IndexedDB holds (an old build's record, a hand edit, a hostile backup that got in), the
// store opens, every screen's read answers, and the export is a backup this extension reads back.
// Each run writes junk straight into one record kind, bypassing every check on the way in.

const RUNS = 60;
const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

const junk = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(null, undefined, 1, -1, '', 'x'.repeat(30_000), [], {}, 'not a date', NaN, true),
  fc.dictionary(fc.constantFrom(...INHERITED), fc.anything({ maxDepth: 1 }), { minKeys: 1 }),
);

/** A valid record with one member replaced by junk, or an inherited name added. */
const damaged = (good: Record<string, unknown>) =>
  fc.oneof(
    fc
      .record({ key: fc.constantFrom(...Object.keys(good), ...INHERITED), value: junk })
      .map(({ key, value }) => {
        const out = { ...good };
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
        return out;
      }),
    fc.dictionary(fc.constantFrom(...INHERITED), junk).map((extra) => ({ ...extra, ...good })),
  );

const goodPerson = {
  slug: 'pat-q',
  name: 'Pat Q',
  headline: 'Lead',
  company: 'Acme',
  degree: 1,
  stage: 'sent',
  needs: ['networks'],
  tags: [],
  labels: [],
  rejected: [],
  confirmed: [],
  notes: '',
  source: 'page',
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
};
const goodEvent = { id: 'e-1', slug: 'pat-q', stage: 'sent', at: '2026-03-01T09:00:00.000Z', needs: [] };
const goodNeed = { id: 'networks', status: 'unmet', ask: 'an intro', keywords: ['grants'] };
const goodSettings = { display: 'page', panelCollapsed: true, followUpDays: 3, onboarded: true };

type Kind = { store: 'kv' | 'needs' | 'people' | 'network' | 'connections' | 'outreach'; key?: string };
const KINDS: Record<string, { where: Kind; value: fc.Arbitrary<unknown> }> = {
  self: { where: { store: 'kv', key: 'self' }, value: fc.oneof(junk, damaged({ name: 'Me', goal: 'x' })) },
  settings: { where: { store: 'kv', key: 'settings' }, value: fc.oneof(junk, damaged(goodSettings)) },
  weights: { where: { store: 'kv', key: 'weights' }, value: fc.oneof(junk, damaged({ grants: 1.5 })) },
  meta: { where: { store: 'kv', key: 'meta' }, value: junk },
  changed: { where: { store: 'kv', key: 'changed' }, value: junk },
  needs: { where: { store: 'needs' }, value: damaged(goodNeed).map((n) => ({ ...n, id: 'networks' })) },
  people: { where: { store: 'people' }, value: damaged(goodPerson).map((p) => ({ ...p, slug: 'pat-q' })) },
  network: { where: { store: 'network' }, value: damaged(goodPerson).map((p) => ({ ...p, slug: 'net-q' })) },
  connections: {
    where: { store: 'connections', key: 'a' },
    value: fc.oneof(junk, fc.array(fc.oneof(junk, damaged(goodPerson)), { maxLength: 4 })),
  },
  outreach: { where: { store: 'outreach' }, value: damaged(goodEvent).map((e) => ({ ...e, id: 'e-1' })) },
};

/** A store with something of everything, so the junk lands beside real records. */
async function seeded() {
  const c = clock();
  const { store, factory } = freshStore(c.now);
  await store.savePerson(profile('kept-person'), ['networks']);
  await store.moveStage('kept-person', 'sent', { channel: 'message', text: 'Hello' });
  await store.saveSettings({ followUpDays: 5, onboarded: true });
  await store.close();
  return { factory, now: c.now };
}

async function plant(factory: IDBFactory, where: Kind, value: unknown) {
  const db = await openDb(factory);
  try {
    if (where.key) await db.put(where.store, value as never, where.key as never);
    else await db.put(where.store, value as never);
  } catch {
    // IndexedDB itself refused it (no key, uncloneable): nothing planted, nothing to prove
    db.close();
    return false;
  }
  db.close();
  return true;
}

/** Every read a screen makes on opening, and the export. None may throw. */
async function openEverything(store: Store) {
  await store.getConfig();
  await store.listPeople();
  await store.pipelinePage({ limit: 50 });
  await store.listEvents();
  await store.followUps();
  await store.needsMap();
  await store.boldness();
  await store.backupReminder();
  await store.listNetwork();
  // A LinkedIn page's start, as the background answers it.
  await new BackgroundHost(store, fakePort().port).content({}).pageStart(true);
  await store.tagProfile(profile('pat-q'));
  await store.tagCards([{ slug: 'pat-q', name: 'Pat', headline: 'Lead', degree: 2, tags: [] }]);
  await store.exportPipelineCsv();
  await store.problems();
  // The way out (issue 14): which part is damaged, and everything as stored, whatever it holds.
  await store.damage();
  JSON.stringify(await store.rawExport());
  return store.exportBackup();
}

describe('hostile stored records', () => {
  for (const [name, { where, value }] of Object.entries(KINDS)) {
    it(`${name}: junk and inherited names never stop the store opening or exporting (${RUNS} runs)`, async () => {
      let planted = 0;
      let reported = 0;
      await fc.assert(
        fc.asyncProperty(value, async (v) => {
          const { factory, now } = await seeded();
          if (!(await plant(factory, where, v))) return;
          planted++;
          const store = new Store(factory, { now });
          const backup = await openEverything(store);
          // The export is a backup this extension reads back, and the untouched records are in it.
          const again = checkBackup(JSON.stringify(backup));
          expect(again.ok, JSON.stringify(again.ok ? '' : again.result)).toBe(true);
          if (name !== 'people') expect(backup.people.map((p) => p.slug)).toContain('kept-person');
          if ((await store.problems()).length) reported++;
          // And it still takes writes: the user can carry on.
          await store.saveSettings({ panelCollapsed: true });
          await store.savePerson(profile('after-junk'), ['community']);
          await store.close();
        }),
        { numRuns: RUNS },
      );
      recordFigures(`hostile-records:${name}`, { runs: RUNS, planted, reported, threw: 0 });
    }, 60_000);
  }

  it('a settings message with inherited names saves the known setting and drops the rest', async () => {
    const { store, factory } = freshStore();
    for (const k of INHERITED) {
      const args = pagesCalls.saveSettings.safeParse([JSON.parse(`{"panelCollapsed":true,"${k}":1}`)]);
      expect(args.success).toBe(true);
      if (args.success) await store.saveSettings(args.data[0]);
      // The store drops them too, whatever router is in front of it.
      await store.saveSettings(JSON.parse(`{"noteBudgetPerMonth":9,"${k}":{"x":1}}`));
    }
    await store.close();
    const store2 = new Store(factory);
    const settings = (await store2.getConfig()).settings;
    expect(settings.noteBudgetPerMonth).toBe(9);
    expect(settings.panelCollapsed).toBe(true);
    for (const k of INHERITED) expect(Object.hasOwn(settings, k)).toBe(false);
    expect((await store2.exportBackup()).settings).toBeTruthy();
    expect(await store2.problems()).toEqual([]);
  });

  it('a backup whose settings hold inherited names imports the rest and names what it dropped', async () => {
    const { store, factory } = freshStore();
    const file = JSON.parse(
      '{"format":"constellation-backup","version":1,"self":{"goal":"g"},' +
        '"needs":[{"id":"networks","status":"unmet","constructor":1}],' +
        '"settings":{"followUpDays":4,"constructor":1,"toString":"x","__proto__":{"polluted":1}}}',
    );
    const result = await store.importFile('b.json', JSON.stringify(file));
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([
      'settings.constructor dropped: not a setting',
      'settings.toString dropped: not a setting',
      'settings.__proto__ dropped: not a setting',
    ]);
    await store.close();
    const reopened = new Store(factory);
    const config = await reopened.getConfig();
    expect(config.settings.followUpDays).toBe(4);
    expect(Object.hasOwn(config.needs.find((n) => n.id === 'networks')!, 'constructor')).toBe(false);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect(checkBackup(JSON.stringify(await reopened.exportBackup())).ok).toBe(true);
  });
});
