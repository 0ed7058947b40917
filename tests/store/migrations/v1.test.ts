import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/store/db';
import { migrateToV1 } from '../../../lib/store/migrations/v1';

describe('migration to v1 (from nothing)', () => {
  it('creates kv and needs (keyed by id) in a fresh database', async () => {
    const db = await openDb(new IDBFactory(), 'fresh', 1);
    expect([...db.objectStoreNames].sort()).toEqual(['kv', 'needs']);
    expect(db.transaction('needs').store.keyPath).toBe('id');
    expect(db.transaction('kv').store.keyPath).toBeNull();
    db.close();
  });

  it('is the step registered for version 1', async () => {
    const { MIGRATIONS } = await import('../../../lib/store/migrations');
    expect(MIGRATIONS[1]).toBe(migrateToV1);
  });
});
