import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, openDb } from '../../../lib/store/db';
import { DB_VERSION } from '../../../lib/store/migrations';
import type { SettingsV1 } from '../../../lib/store/migrations/v1';
import type { PersonV3 } from '../../../lib/store/migrations/v3';
import { Store } from '../../../lib/store/store';

// Seeds real v4 databases (built by the v1..v4 steps, then filled as v4 shipped them) and opens
// them with today's Store: each keeps the display its quietMode meant, and every record stays.

const settingsV4 = (quietMode: boolean): SettingsV1 => ({
  quietMode,
  panelCollapsed: true,
  noteLimitFree: 210,
  noteLimitPremium: 300,
  noteBudgetPerMonth: 4,
  followUpDays: 9,
  notifications: false,
  onboarded: true,
  lastExportAt: '2026-02-01T10:00:00.000Z',
});
const saved: PersonV3 = {
  slug: 'ines-r',
  name: 'Ines R',
  headline: 'Director of Research',
  company: 'Northwind Labs',
  degree: 2,
  stage: 'meeting',
  needs: ['sponsorship'],
  tags: [{ need: 'sponsorship', strength: 0.7, reasons: ['Director at your organisation'] }],
  labels: ['bold'],
  rejected: ['networks'],
  confirmed: [],
  notes: 'met at the conference',
  source: 'page',
  createdAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-02-02T10:00:00.000Z',
};
const need = {
  id: 'sponsorship',
  status: 'unmet',
  ask: 'Someone to put my name forward',
  keywords: ['grants'],
};

async function seedV4(factory: IDBFactory, settings: unknown) {
  const db = await openDb(factory, DB_NAME, 4);
  const tx = db.transaction(['kv', 'people', 'needs'], 'readwrite');
  await Promise.all([
    settings === undefined ? null : tx.objectStore('kv').put(settings, 'settings'),
    tx.objectStore('people').put(saved as never),
    tx.objectStore('needs').put(need as never),
    tx.done,
  ]);
  db.close();
}

describe('migration v4 → v5 (quietMode becomes display)', () => {
  it.each([
    [true, 'side-panel'],
    [false, 'page'],
  ] as const)(
    'quietMode %s keeps its meaning as display %s, with every other setting and record',
    async (quiet, display) => {
      const factory = new IDBFactory();
      await seedV4(factory, settingsV4(quiet));
      const store = new Store(factory);
      const backup = await store.exportBackup();
      const { quietMode: _, ...rest } = settingsV4(quiet);
      expect(backup.settings).toEqual({ ...rest, display, lastExportAt: backup.exportedAt });
      expect(backup.people).toEqual([saved]);
      expect(backup.needs.find((n) => n.id === 'sponsorship')).toEqual(need);
      expect(await store.problems()).toEqual([]);
      await store.close();
      const db = await openDb(factory);
      expect(db.version).toBe(DB_VERSION);
      expect(await db.get('kv', 'settings')).not.toHaveProperty('quietMode');
      db.close();
    },
  );

  it('a store that never saved a setting had the panel on the page, and keeps it', async () => {
    const factory = new IDBFactory();
    await seedV4(factory, undefined);
    const store = new Store(factory);
    expect((await store.getConfig()).settings.display).toBe('page');
    expect(await store.listPeople()).toEqual([saved]);
    await store.close();
  });

  it('a settings record that is not an object is left for the store to report; defaults apply', async () => {
    const factory = new IDBFactory();
    await seedV4(factory, 'quiet');
    const store = new Store(factory);
    expect((await store.getConfig()).settings.display).toBe('side-panel');
    expect(await store.problems()).toEqual(['settings skipped: not an object; defaults used']);
    expect(await store.listPeople()).toEqual([saved]);
    await store.close();
  });

  it('a new store shows tags in the side panel', async () => {
    const store = new Store(new IDBFactory());
    expect((await store.getConfig()).settings.display).toBe('side-panel');
    await store.close();
  });
});

describe('a backup from before the display setting', () => {
  it.each([
    [true, 'side-panel'],
    [false, 'page'],
  ] as const)('quietMode %s restores as display %s', async (quietMode, display) => {
    const store = new Store(new IDBFactory());
    const file = { format: 'constellation-backup', version: 1, self: {}, needs: [], settings: { quietMode } };
    expect(await store.importFile('old.json', JSON.stringify(file))).toMatchObject({ ok: true });
    expect((await store.getConfig()).settings.display).toBe(display);
    expect((await store.exportBackup()).settings).not.toHaveProperty('quietMode');
    await store.close();
  });
});
