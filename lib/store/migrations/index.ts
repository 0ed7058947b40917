import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { migrateToV1 } from './v1';
import { migrateToV2 } from './v2';
import { migrateToV3 } from './v3';
import { migrateToV4 } from './v4';
import { migrateToV5 } from './v5';

/**
 * One step per version, run in order inside the upgrade transaction. Never reuse a number: a
 * shipped version's step is frozen, and a change is a new step. Steps are synchronous: a data
 * rewrite issues its requests on `tx` (cursor callbacks), never awaiting foreign work, or the
 * upgrade transaction would commit under it.
 */
export const MIGRATIONS: Record<
  number,
  (
    db: IDBPDatabase<unknown>,
    tx: IDBPTransaction<unknown, string[], 'versionchange'>,
    /** The version the database had before this upgrade: 0 for a new one. */
    oldVersion: number,
  ) => void
> = {
  1: migrateToV1,
  2: migrateToV2,
  3: migrateToV3,
  4: migrateToV4,
  5: migrateToV5,
};

export const DB_VERSION = Math.max(...Object.keys(MIGRATIONS).map(Number));
