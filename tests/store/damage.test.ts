import { describe, expect, it } from 'vitest';
import { checkBackup } from '../../lib/backup/check-backup';
import type { Person } from '../../lib/domain';
import { PARTS, type Part } from '../../lib/store/damage';
import { openDb } from '../../lib/store/db';
import { Store } from '../../lib/store/store';
import { person as basePerson } from '../pipeline/factories';
import { clock, freshStore, profile } from './helpers';

// A record the store cannot read must never lock the user out (issue 14): one record of each kind
// is damaged straight in IndexedDB, then the store opens, says which kind, exports the rest, and
// "Reset this part" removes only the damaged record.

// A connection as Connections.csv leaves it: the pipeline tests' person, from the CSV.
const person = (slug: string, over: Partial<Person> = {}) =>
  basePerson(slug, {
    name: `Person ${slug}`,
    headline: 'Lead at Acme',
    company: 'Acme',
    degree: 1,
    source: 'connections-csv',
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...over,
  });

/** Where one unreadable record of each kind goes, beside the readable ones seeded below. */
const DAMAGE: Record<Part, { store: string; key?: string; value: unknown }> = {
  self: { store: 'kv', key: 'self', value: { name: 42, goal: ['no'] } },
  settings: { store: 'kv', key: 'settings', value: 'not an object' },
  weights: { store: 'kv', key: 'weights', value: { grants: 'heavy' } },
  needs: { store: 'needs', value: { id: 'made-up', status: 'sometimes', keywords: 'x' } },
  people: { store: 'people', value: { slug: 'broken-one', stage: 'nowhere', constructor: 1 } },
  network: { store: 'network', value: { slug: 'broken-net', name: { toString: 1 } } },
  connections: {
    store: 'connections',
    key: 'm',
    value: [person('mo-good'), { slug: 'mo-bad', degree: 'far' }],
  },
  outreach: { store: 'outreach', value: { id: 'e-broken', slug: 7, at: 'yesterday' } },
};

async function seeded() {
  const c = clock();
  const { store, factory } = freshStore(c.now);
  await store.savePerson(profile('kept-person'), ['networks']);
  await store.moveStage('kept-person', 'sent', { channel: 'message', text: 'Hello' });
  await store.saveSettings({ followUpDays: 5, onboarded: true });
  await store.saveSelf({
    name: 'Robin Fictional',
    headline: 'Researcher',
    goal: 'Find a co-author',
    skills: [],
    experience: '',
  } as never);
  await store.close();
  const db = await openDb(factory);
  await db.put('network', person('kept-net', { inPipeline: false }) as never);
  await db.put('connections', [person('ka-good')] as never, 'a' as never);
  db.close();
  return { factory, now: c.now };
}

/** The outreach events an undamaged store exports. */
async function keptEvents() {
  const { factory, now } = await seeded();
  return (await new Store(factory, { now }).exportBackup()).outreach.map((e) => e.id);
}

async function damage(factory: IDBFactory, part: Part) {
  const { store, key, value } = DAMAGE[part];
  const db = await openDb(factory);
  if (key) await db.put(store as never, value as never, key as never);
  else await db.put(store as never, value as never);
  db.close();
}

describe('a damaged record kind never locks the user out', () => {
  it('an undamaged store reports no damage', async () => {
    const { factory, now } = await seeded();
    expect(await new Store(factory, { now }).damage()).toEqual([]);
  });

  it.each(PARTS)('%s: the store opens, names the part, exports the rest, resets only it', async (part) => {
    const { factory, now } = await seeded();
    await damage(factory, part);
    const store = new Store(factory, { now });

    await store.getConfig();
    const found = await store.damage();
    expect(found.map((d) => d.part)).toEqual([part]);
    expect(found[0]!.count).toBe(1);
    expect(found[0]!.reasons.length).toBeGreaterThan(0);

    // The backup export still holds everything readable, and reads back.
    const backup = await store.exportBackup();
    const slugs = backup.people.map((p) => p.slug);
    expect(slugs).toEqual(expect.arrayContaining(['kept-person', 'kept-net', 'ka-good']));
    expect(backup.outreach).toHaveLength((await keptEvents()).length);
    if (part !== 'self') expect(backup.self.goal).toBe('Find a co-author');
    if (part !== 'settings') expect(backup.settings?.followUpDays).toBe(5);
    expect(checkBackup(JSON.stringify(backup)).ok).toBe(true);

    // The raw export holds the damaged record too, as stored.
    const raw = await store.rawExport();
    expect(JSON.stringify(raw.parts[part])).toContain(JSON.stringify(DAMAGE[part].value).slice(1, 12));

    // Reset removes only what cannot be read.
    expect(await store.resetPart(part)).toBe(1);
    expect(await store.damage()).toEqual([]);
    const after = await store.exportBackup();
    expect(after.people.map((p) => p.slug)).toEqual(
      expect.arrayContaining(slugs.filter((s) => s !== 'mo-bad')),
    );
    expect(after.outreach).toHaveLength((await keptEvents()).length);
    if (part === 'connections') expect(after.people.map((p) => p.slug)).toContain('mo-good');
    if (part !== 'self') expect(after.self.goal).toBe('Find a co-author');
  });

  it('resetting an undamaged part deletes nothing', async () => {
    const { factory, now } = await seeded();
    const store = new Store(factory, { now });
    const before = await store.rawExport();
    for (const part of PARTS) expect(await store.resetPart(part)).toBe(0);
    expect((await store.rawExport()).parts).toEqual(before.parts);
  });

  it('a record JSON cannot hold is left out of the raw export, the rest is there', async () => {
    const { factory, now } = await seeded();
    const db = await openDb(factory);
    await db.put('kv', { big: 10n } as never, 'weights' as never);
    db.close();
    const raw = await new Store(factory, { now }).rawExport();
    expect(raw.parts.weights).toEqual([{ key: 'weights', value: null }]);
    expect(raw.parts.people.map((r) => r.key)).toContain('kept-person');
  });

  it('a record whose slug cannot even be turned into text is named "?" and reported', async () => {
    // Found by hostile-records: String() of this slug threw, and the damage report with it.
    const { factory, now } = await seeded();
    const db = await openDb(factory);
    await db.put('connections', [{ ...person('x'), slug: { toString: false } }] as never, 'zz-odd' as never);
    db.close();
    const damage = await new Store(factory, { now }).damage();
    expect(damage.find((d) => d.part === 'connections')?.reasons.join(' ')).toMatch(/person \? skipped/);
  });
});
