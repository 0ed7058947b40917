import type { IDBPTransaction, StoreNames } from 'idb';
import type { Person } from '../domain';
import type { ConstellationDB } from './db';

// Connections.csv people the user never acted on, a thousand per 'connections' record (see
// migrations/v4.ts for why). Acting on one (saving, judging a tag) writes the person to 'people'
// or 'network', which wins over the copy left in its chunk; the next import drops that copy.

/** People per record: large enough that 30,000 connections are 30 writes, small enough to read one. */
export const CHUNK = 1000;

type Tx = IDBPTransaction<ConstellationDB, ArrayLike<StoreNames<ConstellationDB>>, IDBTransactionMode>;
type WriteTx = IDBPTransaction<ConstellationDB, ArrayLike<StoreNames<ConstellationDB>>, 'readwrite'>;

const bySlug = (a: Person, b: Person) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** Every chunked person (unvalidated), copies of people stored on their own included. */
export async function readChunks(tx: Tx): Promise<unknown[]> {
  const chunks = await tx.objectStore('connections').getAll();
  // Anything but an object with a string slug is no person: left out here, so every caller can
  // read `.slug` (a null in a chunk once stopped the export).
  return chunks.flatMap((c) => (Array.isArray(c) ? c.filter(hasSlug) : []));
}

const hasSlug = (p: unknown) =>
  !!p && typeof p === 'object' && typeof (p as { slug?: unknown }).slug === 'string';

/** The chunked record for a slug (unvalidated), or undefined: one cursor step and one chunk read. */
export async function chunkedPerson(tx: Tx, slug: string): Promise<unknown> {
  const cursor = await tx.objectStore('connections').openCursor(IDBKeyRange.upperBound(slug), 'prev');
  const chunk: unknown = cursor?.value;
  return Array.isArray(chunk) ? chunk.find((p) => p && (p as Person).slug === slug) : undefined;
}

/** Replaces every chunk with `people`: a handful of large writes, issued at once. */
export function writeChunks(tx: WriteTx, people: Person[]): Promise<unknown>[] {
  const store = tx.objectStore('connections');
  const sorted = [...people].sort(bySlug);
  const writes: Promise<unknown>[] = [store.clear()];
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const chunk = sorted.slice(i, i + CHUNK);
    writes.push(store.put(chunk, chunk[0]!.slug));
  }
  return writes;
}

/** People from `stored` (records of their own) and `chunked`, the own record winning. */
export function withoutShadowed<T extends { slug: string }>(stored: T[], chunked: T[]): T[] {
  const own = new Set(stored.map((p) => p.slug));
  return [...stored, ...chunked.filter((p) => !own.has(p.slug))];
}
