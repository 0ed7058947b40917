import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, openDb } from '../../../lib/store/db';
import { DB_VERSION } from '../../../lib/store/migrations';
import type { OutreachEventV2 } from '../../../lib/store/migrations/v2';
import type { PersonV3 } from '../../../lib/store/migrations/v3';
import { Store } from '../../../lib/store/store';

// Seeds a real v3 database (built by the v1..v3 steps, then filled as v3 shipped it), opens it
// with today's Store: plain connections move into chunks, everyone else stays, nothing is lost.

const base = {
  headline: '',
  company: '',
  degree: 1,
  stage: 'identified' as const,
  needs: [],
  tags: [],
  labels: [],
  rejected: [],
  confirmed: [],
  notes: '',
  createdAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-02-01T10:00:00.000Z',
};
const connection = (i: number): PersonV3 => ({
  ...base,
  slug: `conn-${String(i).padStart(5, '0')}`,
  name: `Conn ${i}`,
  headline: `Analyst at Firm ${i % 7}`,
  company: `Firm ${i % 7}`,
  source: 'connections-csv',
  inPipeline: false,
});
// 2,345 plain connections (three chunks), and the records that must stay where they are.
const plain = Array.from({ length: 2345 }, (_, i) => connection(i));
const judged: PersonV3 = { ...connection(99_999), slug: 'conn-judged', rejected: ['sponsorship'] };
const pageOnly: PersonV3 = {
  ...base,
  slug: 'page-judged',
  name: '',
  degree: null,
  source: 'page',
  inPipeline: false,
  confirmed: ['networks'],
};
const pipeline: PersonV3[] = [
  {
    ...base,
    slug: 'in-pipeline',
    name: 'In Pipeline',
    source: 'page',
    stage: 'sent',
    updatedAt: '2026-02-03T10:00:00.000Z',
  },
  { ...connection(5), slug: 'conn-saved', inPipeline: true, stage: 'meeting', needs: ['networks'] },
];
const events: OutreachEventV2[] = [
  {
    id: '2026-02-02T10:00:00.000Z-000000001-aaaa',
    slug: 'in-pipeline',
    stage: 'sent',
    at: '2026-02-02T10:00:00.000Z',
    needs: [],
  },
];

async function seedV3(factory: IDBFactory) {
  const db = await openDb(factory, DB_NAME, 3);
  const tx = db.transaction(['people', 'network', 'outreach'], 'readwrite');
  const raw = (store: string) => tx.objectStore(store as 'people');
  await Promise.all([
    ...[...plain, judged, pageOnly].map((p) => raw('network').put(p as never)),
    ...pipeline.map((p) => raw('people').put(p as never)),
    ...events.map((e) => tx.objectStore('outreach').put(e as never)),
    tx.done,
  ]);
  db.close();
}

const sorted = <T extends { slug: string }>(list: T[]) =>
  [...list].sort((a, b) => a.slug.localeCompare(b.slug));

describe('migration v3 → v4 (connections in chunks, pipeline by stage and date)', () => {
  it('keeps every person and event, and each is found where the Api looks', async () => {
    const factory = new IDBFactory();
    await seedV3(factory);
    const store = new Store(factory);
    const backup = await store.exportBackup();
    expect(sorted(backup.people)).toEqual(sorted([...plain, judged, pageOnly, ...pipeline]));
    expect(backup.outreach).toEqual(events);
    expect((await store.listPeople()).map((p) => p.slug).sort()).toEqual(['conn-saved', 'in-pipeline']);
    expect((await store.listNetwork()).total).toBe(plain.length + 1);
    // A chunked connection saved to the pipeline keeps what the file said about them.
    const saved = await store.savePerson({ slug: 'conn-01234' }, []);
    expect(saved).toMatchObject({ name: 'Conn 1234', company: 'Firm 2', degree: 1, inPipeline: true });
    expect((await store.listNetwork()).total).toBe(plain.length);
    expect(await store.problems()).toEqual([]);
    await store.close();
  });

  it('moves exactly the plain connections, sorted, a thousand a record keyed by the first slug', async () => {
    const factory = new IDBFactory();
    await seedV3(factory);
    await new Store(factory).getConfig();
    const db = await openDb(factory);
    expect(db.version).toBe(DB_VERSION);
    expect((await db.getAllKeys('network')).sort()).toEqual(['conn-judged', 'page-judged']);
    expect(await db.getAllKeys('connections')).toEqual(['conn-00000', 'conn-01000', 'conn-02000']);
    const chunks = await db.getAll('connections');
    expect(chunks.map((c) => c.length)).toEqual([1000, 1000, 345]);
    expect(chunks.flat()).toEqual(plain);
    expect(db.transaction('people').store.indexNames.contains('stage-updated')).toBe(true);
    db.close();
  });

  it('an empty v3 database upgrades to empty chunks', async () => {
    const factory = new IDBFactory();
    (await openDb(factory, DB_NAME, 3)).close();
    const db = await openDb(factory);
    expect(await db.count('connections')).toBe(0);
    db.close();
  });
});
