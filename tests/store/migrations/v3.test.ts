import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, openDb } from '../../../lib/store/db';
import type { OutreachEventV2, PersonV2 } from '../../../lib/store/migrations/v2';
import { Store } from '../../../lib/store/store';

// Seeds a real v2 database with plain idb (as v2 shipped it: pipeline and connections together in
// 'people'), then opens it with today's Store: connections move to 'network', nothing is lost.

const base = {
  headline: '',
  company: '',
  degree: null,
  stage: 'identified' as const,
  needs: [],
  tags: [],
  labels: [],
  rejected: [],
  confirmed: [],
  notes: '',
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
};
const peopleV2: PersonV2[] = [
  {
    ...base,
    slug: 'saved-one',
    name: 'Saved One',
    source: 'page',
    stage: 'sent',
    needs: ['networks'],
    tags: [{ need: 'networks', strength: 0.7, reasons: ['outside your organisation'] }],
    labels: ['bold'],
    snapshot: { skills: ['triage'] },
  },
  {
    ...base,
    slug: 'old-record',
    name: 'Old Record',
    source: 'import',
    stage: 'closed',
    closedReason: 'no-reply',
  },
  {
    ...base,
    slug: 'connection-a',
    name: 'Connection A',
    source: 'connections-csv',
    degree: 1,
    headline: 'Head of Research at Eastgate',
    company: 'Eastgate',
    inPipeline: false,
  },
  { ...base, slug: 'judged-only', name: '', source: 'page', rejected: ['sponsorship'], inPipeline: false },
  {
    ...base,
    slug: 'connection-saved',
    name: 'Connection Saved',
    source: 'connections-csv',
    degree: 1,
    inPipeline: true,
    stage: 'drafted',
  },
];
const eventsV2: OutreachEventV2[] = [
  {
    id: '2026-01-05T10:00:00.000Z-000000001-aaaa',
    slug: 'saved-one',
    stage: 'identified',
    at: '2026-01-05T10:00:00.000Z',
    needs: ['networks'],
  },
  {
    id: '2026-01-06T10:00:00.000Z-000000002-bbbb',
    slug: 'saved-one',
    stage: 'sent',
    at: '2026-01-06T10:00:00.000Z',
    needs: ['networks'],
    channel: 'connection-note',
    text: 'Hello',
  },
  {
    id: '2026-01-07T10:00:00.000Z-000000003-cccc',
    slug: 'old-record',
    stage: 'closed',
    closedReason: 'no-reply',
    at: '2026-01-07T10:00:00.000Z',
    needs: [],
  },
];

async function seedV2(factory: IDBFactory) {
  const global = globalThis as { indexedDB: IDBFactory };
  const saved = global.indexedDB;
  global.indexedDB = factory;
  try {
    const db = await openDB(DB_NAME, 2, {
      upgrade(d) {
        d.createObjectStore('kv');
        d.createObjectStore('needs', { keyPath: 'id' });
        d.createObjectStore('people', { keyPath: 'slug' }).createIndex('stage', 'stage');
        const o = d.createObjectStore('outreach', { keyPath: 'id' });
        o.createIndex('slug', 'slug');
        o.createIndex('at', 'at');
      },
    });
    const tx = db.transaction(['kv', 'people', 'outreach'], 'readwrite');
    await Promise.all([
      tx.objectStore('kv').put({ quietMode: true }, 'settings'),
      ...peopleV2.map((p) => tx.objectStore('people').put(p)),
      ...eventsV2.map((e) => tx.objectStore('outreach').put(e)),
      tx.done,
    ]);
    db.close();
  } finally {
    global.indexedDB = saved;
  }
}

describe('migration v2 → v3 (people not in the pipeline get their own store)', () => {
  it('keeps every person and event; only pipeline people are listed', async () => {
    const factory = new IDBFactory();
    await seedV2(factory);
    const store = new Store(factory);
    const backup = await store.exportBackup();
    const bySlug = (list: { slug: string }[]) => [...list].sort((a, b) => a.slug.localeCompare(b.slug));
    expect(bySlug(backup.people)).toEqual(bySlug(peopleV2));
    expect(backup.outreach).toEqual(eventsV2);
    // …and on through v5: quiet mode on is the side panel now.
    expect(backup.settings?.display).toBe('side-panel');
    expect((await store.listPeople()).map((p) => p.slug).sort()).toEqual([
      'connection-saved',
      'old-record',
      'saved-one',
    ]);
    expect((await store.listNetwork()).total).toBe(1);
    expect(
      (
        await store.tagProfile({
          slug: 'judged-only',
          name: null,
          headline: null,
          location: null,
          company: null,
          degree: null,
          followers: null,
          connections: null,
          mutualConnections: null,
          about: null,
          experience: [],
          skills: [],
        })
      ).person,
    ).toBeNull();
    expect(await store.problems()).toEqual([]);
    await store.close();
  });

  it('the split is physical: network holds exactly the records marked not in the pipeline', async () => {
    const factory = new IDBFactory();
    await seedV2(factory);
    // Opened at version 3 exactly: later steps move records on (v4 chunks the connections).
    const opened = await openDb(factory, DB_NAME, 3);
    opened.close();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = factory.open(DB_NAME);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const keys = (name: string) =>
      new Promise<IDBValidKey[]>((resolve) => {
        const r = db.transaction(name).objectStore(name).getAllKeys();
        r.onsuccess = () => resolve(r.result);
      });
    expect(db.version).toBe(3);
    expect(await keys('network')).toEqual(['connection-a', 'judged-only']);
    expect(await keys('people')).toEqual(['connection-saved', 'old-record', 'saved-one']);
    db.close();
  });
});
