import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type IDBPTransaction,
  type StoreNames,
  wrap,
} from 'idb';
import type { Need, OutreachEvent, Person, Stage } from '../domain';
import { DB_VERSION, MIGRATIONS } from './migrations';

export const DB_NAME = 'constellation';

/**
 * kv keys: one record each. Values are validated on read (a corrupted record is skipped).
 * 'changed': when the needs, the self-profile or the settings last changed (the backup reminder).
 */
export type KvKey = 'self' | 'settings' | 'weights' | 'meta' | 'changed';

export interface ConstellationDB extends DBSchema {
  kv: { key: KvKey; value: unknown };
  needs: { key: string; value: Need };
  /** People in the pipeline (and anyone the user acted on). */
  people: { key: string; value: Person; indexes: { stage: Stage; 'stage-updated': [Stage, string] } };
  /** Known, not in the pipeline: connections from Connections.csv, tags only judged (inPipeline false). */
  network: { key: string; value: Person };
  /**
   * Connections from Connections.csv the user never acted on, a thousand per record, sorted by
   * slug and keyed by the first (v4). A person with a record in 'people' or 'network' is that
   * record: a copy left in a chunk is older and ignored.
   */
  connections: { key: string; value: Person[] };
  outreach: { key: string; value: OutreachEvent; indexes: { slug: string; at: string } };
}

export type Db = IDBPDatabase<ConstellationDB>;
/** The kv store as any transaction that covers it sees it. */
export type KvStore = IDBPObjectStore<
  ConstellationDB,
  ArrayLike<StoreNames<ConstellationDB>>,
  'kv',
  'readwrite'
>;

/**
 * idb's openDB uses the global indexedDB; this takes any IDBFactory so each test (and the
 * benchmark) can bring its own fake-indexeddb instance.
 */
export function openDb(factory: IDBFactory, name = DB_NAME, version = DB_VERSION): Promise<Db> {
  const request = factory.open(name, version);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as IDBPDatabase<unknown>;
    const tx = wrap(request.transaction!) as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
    for (let v = event.oldVersion + 1; v <= (event.newVersion ?? version); v++) {
      const step = MIGRATIONS[v];
      if (!step) throw new Error(`no migration to version ${v}`);
      step(db, tx, event.oldVersion);
    }
  });
  return wrap(request).then((db) => {
    const typed = db as unknown as Db;
    // Another tab (or a newer extension version) wants to upgrade: let it, rather than block it.
    typed.addEventListener('versionchange', () => typed.close());
    return typed;
  });
}
