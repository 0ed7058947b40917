import type { IDBPTransaction, StoreNames } from 'idb';
import type { Person } from '../domain';
import { isInPipeline } from '../pipeline/in-pipeline';
import type { ConstellationDB } from './db';

// A person lives in 'people' (the pipeline) or 'network' (known, not acted on): these two helpers
// hide the split from every operation. Transactions passed here must cover both stores.

export const PERSON_STORES = ['people', 'network'] as const;

type Tx = IDBPTransaction<ConstellationDB, ArrayLike<StoreNames<ConstellationDB>>, IDBTransactionMode>;
type WriteTx = IDBPTransaction<ConstellationDB, ArrayLike<StoreNames<ConstellationDB>>, 'readwrite'>;

/** The stored record (unvalidated), wherever it lives. */
export async function getPerson(tx: Tx, slug: string): Promise<unknown> {
  const [inPipeline, known] = await Promise.all([
    tx.objectStore('people').get(slug),
    tx.objectStore('network').get(slug),
  ]);
  return inPipeline ?? known;
}

/** Writes the person where it belongs now, removing it from the other store. */
export function putPerson(tx: WriteTx, person: Person): Promise<unknown> {
  const [home, other] = isInPipeline(person)
    ? (['people', 'network'] as const)
    : (['network', 'people'] as const);
  return Promise.all([tx.objectStore(home).put(person), tx.objectStore(other).delete(person.slug)]);
}
