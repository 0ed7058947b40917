import type { IDBPTransaction, StoreNames } from 'idb';
import type { Person } from '../domain';
import { isInPipeline } from '../pipeline/in-pipeline';
import { chunkedPerson } from './connection-chunks';
import type { ConstellationDB } from './db';

// A person lives in 'people' (the pipeline), 'network' (known, acted on, not in the pipeline) or
// a 'connections' chunk (a Connections.csv row never acted on): these helpers hide the split from
// every operation. Transactions passed here must cover the stores they read.

type Tx = IDBPTransaction<ConstellationDB, ArrayLike<StoreNames<ConstellationDB>>, IDBTransactionMode>;
type WriteTx = IDBPTransaction<ConstellationDB, ArrayLike<StoreNames<ConstellationDB>>, 'readwrite'>;

/**
 * The stored record (unvalidated), wherever it lives. `chunks` false skips the connections: a
 * chunked person has nothing of the user's (no rejected tags, not in the pipeline), so tagging
 * a page needs only the records of their own.
 */
export async function getPerson(tx: Tx, slug: string, chunks = true): Promise<unknown> {
  const [inPipeline, known] = await Promise.all([
    tx.objectStore('people').get(slug),
    tx.objectStore('network').get(slug),
  ]);
  return inPipeline ?? known ?? (chunks ? chunkedPerson(tx, slug) : undefined);
}

/** Writes the person where it belongs now, removing it from the other store (a chunk copy is shadowed). */
export function putPerson(tx: WriteTx, person: Person): Promise<unknown> {
  const [home, other] = isInPipeline(person)
    ? (['people', 'network'] as const)
    : (['network', 'people'] as const);
  return Promise.all([tx.objectStore(home).put(person), tx.objectStore(other).delete(person.slug)]);
}
