import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME } from '../../../lib/store/db';
import type { NeedV1, SelfV1, SettingsV1 } from '../../../lib/store/migrations/v1';
import { Store } from '../../../lib/store/store';

// Seeds a real v1 database with plain idb (as v1 shipped it), then opens it with today's Store.

const selfV1: SelfV1 = {
  name: 'Tomas Halvorsen',
  organization: 'Fjordline Shipping',
  field: 'logistics analytics',
  seniority: 'mid',
  goal: 'Move into product management',
  success: 'Owning a roadmap within two years',
  offers: ['SQL tutoring', 'route optimisation'],
  wants: ['product discovery'],
  location: 'Bergen',
  formats: ['video'],
  premium: true,
};
const settingsV1: SettingsV1 = {
  quietMode: true,
  panelCollapsed: false,
  noteLimitFree: 200,
  noteLimitPremium: 300,
  noteBudgetPerMonth: 5,
  followUpDays: 9,
  notifications: false,
  onboarded: true,
  lastExportAt: '2026-01-10T08:00:00.000Z',
};
const needsV1: NeedV1[] = [
  {
    id: 'project-feedback',
    status: 'unmet',
    ask: 'review of my pricing model',
    keywords: ['pricing', 'model'],
  },
  { id: 'role-models', status: 'met', ask: '', keywords: [], metBy: 'my old team lead' },
  {
    id: 'custom-product-peers',
    status: 'partly',
    ask: 'peers who switched to product',
    keywords: ['product'],
    name: 'Product peers',
  },
  { id: 'safe-space', status: 'unmet', ask: '', keywords: [], hidden: true },
];

async function seedV1(factory: IDBFactory) {
  // idb's openDB uses the global factory; point it at this one for the seed.
  const global = globalThis as { indexedDB: IDBFactory };
  const saved = global.indexedDB;
  global.indexedDB = factory;
  try {
    const db = await openDB(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore('kv');
        d.createObjectStore('needs', { keyPath: 'id' });
      },
    });
    const tx = db.transaction(['kv', 'needs'], 'readwrite');
    await Promise.all([
      tx.objectStore('kv').put(selfV1, 'self'),
      tx.objectStore('kv').put(settingsV1, 'settings'),
      tx.objectStore('kv').put({ pricing: 1.25, 'role:coach': 0.8 }, 'weights'),
      tx.objectStore('kv').put({ notified: { at: null, keys: [] } }, 'meta'),
      ...needsV1.map((n) => tx.objectStore('needs').put(n)),
      tx.done,
    ]);
    db.close();
  } finally {
    global.indexedDB = saved;
  }
}

describe('migration v1 → v2 (the pipeline stores), opened by today’s Store', () => {
  it('keeps every v1 record and adds people and outreach', async () => {
    const factory = new IDBFactory();
    await seedV1(factory);
    const store = new Store(factory);
    const config = await store.getConfig();
    expect(config.self).toEqual(selfV1);
    // …and on through v5, where quiet mode on became the side-panel display.
    const { quietMode: _, ...rest } = settingsV1;
    expect(config.settings).toEqual({ ...rest, display: 'side-panel' });
    expect(config.weights).toEqual({ pricing: 1.25, 'role:coach': 0.8 });
    for (const need of needsV1) expect(config.needs).toContainEqual(need);
    expect(await store.meta()).toEqual({ notified: { at: null, keys: [] } });
    expect(await store.problems()).toEqual([]);
    // The new stores work at once.
    await store.savePerson({ slug: 'new-person', name: 'New Person' }, ['project-feedback']);
    expect((await store.listPeople()).map((p) => p.slug)).toEqual(['new-person']);
    await store.close();

    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = factory.open(DB_NAME);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    expect(raw.version).toBeGreaterThanOrEqual(2);
    expect([...raw.objectStoreNames]).toEqual(expect.arrayContaining(['kv', 'needs', 'outreach', 'people']));
    const tx = raw.transaction(['people', 'outreach']);
    expect([...tx.objectStore('people').indexNames]).toContain('stage');
    expect([...tx.objectStore('outreach').indexNames].sort()).toEqual(['at', 'slug']);
    raw.close();
  });

  it('opening a v2 database again changes nothing', async () => {
    const factory = new IDBFactory();
    await seedV1(factory);
    const first = new Store(factory);
    await first.savePerson({ slug: 'kept', name: 'Kept' }, []);
    const before = await first.exportBackup();
    await first.close();
    const after = await new Store(factory).exportBackup();
    expect({ ...after, exportedAt: '', settings: {} }).toEqual({ ...before, exportedAt: '', settings: {} });
  });
});
