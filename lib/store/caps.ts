import type { IDBPTransaction, StoreNames } from 'idb';
import { COUNTS, type Counts } from '../caps';
import { CHUNK, readChunks } from './connection-chunks';
import type { ConstellationDB } from './db';

// The most records the store keeps (lib/caps.ts COUNTS), checked inside the write's own
// transaction before anything is put: a call that would pass a cap fails whole, with a message
// that says where the user stands and what to do, and nothing is half-written (issue 14).

export { COUNTS, type Counts };

type Tx = IDBPTransaction<ConstellationDB, ArrayLike<StoreNames<ConstellationDB>>, IDBTransactionMode>;

const n = (x: number) => x.toLocaleString('en-US');

/** A cap reached: the message is for the person, as it stands. */
export class CapReached extends Error {
  override name = 'CapReached';
}

/**
 * People stored, counted once: the pipeline, the network and the connections chunks. Cheap while
 * far from the cap (counts and an upper bound on the chunks); exact when it could matter.
 */
async function peopleStored(tx: Tx, adding: number, cap: number): Promise<number | null> {
  const [people, network, chunks] = await Promise.all([
    tx.objectStore('people').count(),
    tx.objectStore('network').count(),
    tx.objectStore('connections').count(),
  ]);
  if (people + network + chunks * CHUNK + adding <= cap) return null;
  const [pipelineKeys, networkKeys, chunked] = await Promise.all([
    tx.objectStore('people').getAllKeys(),
    tx.objectStore('network').getAllKeys(),
    readChunks(tx),
  ]);
  const own = new Set<string>([...pipelineKeys, ...networkKeys]);
  return own.size + chunked.filter((p) => !own.has((p as { slug: string }).slug)).length;
}

/** Throws CapReached when `adding` more people would pass the cap (counted in the write's own transaction). */
export async function roomForPeople(tx: Tx, adding: number, what: string, cap = COUNTS.people) {
  if (adding <= 0) return;
  const stored = await peopleStored(tx, adding, cap);
  if (stored !== null) peopleFit(stored, adding, what, cap);
}

/** The same, when the caller has read everyone already (an import). */
export function peopleFit(stored: number, adding: number, what: string, cap = COUNTS.people) {
  if (adding <= 0 || stored + adding <= cap) return;
  throw new CapReached(
    stored >= cap
      ? `You have ${n(stored)} people stored, the most Constellation keeps, so ${what} was not saved. Nothing was changed. People from Connections.csv count too; export a backup to keep what you have.`
      : `${what[0]!.toUpperCase()}${what.slice(1)} would add ${n(adding)} people to the ${n(stored)} you have, more than the ${n(cap)} Constellation keeps. Nothing was imported: import a shorter file, or fewer connections.`,
  );
}

/** Throws CapReached when `adding` more history steps would pass the cap. */
export async function roomForEvents(tx: Tx, adding: number, cap = COUNTS.events) {
  if (adding > 0) eventsFit(await tx.objectStore('outreach').count(), adding, cap);
}

export function eventsFit(stored: number, adding: number, cap = COUNTS.events) {
  if (adding <= 0 || stored + adding <= cap) return;
  throw new CapReached(
    `Your history holds ${n(stored)} steps, and ${n(adding)} more would pass the ${n(cap)} Constellation keeps. Nothing was changed; export a backup to keep what you have.`,
  );
}

/** Throws CapReached when a save would leave more needs than the cap. */
export function needsFit(stored: number, adding: number, cap = COUNTS.needs) {
  if (adding <= 0 || stored + adding <= cap) return;
  throw new CapReached(
    `You have ${n(stored)} needs; ${adding === 1 ? 'one more' : `${n(adding)} more`} would pass the ${n(cap)} Constellation keeps. Nothing was saved: delete needs of your own you no longer use, then try again.`,
  );
}

/** A note or message longer than its cap is refused, not cut: the user decides what to keep. */
export function fitsText(text: string | undefined, cap: number, what: string) {
  if (typeof text === 'string' && text.length > cap)
    throw new CapReached(
      `The ${what} is ${n(text.length)} characters; Constellation keeps up to ${n(cap)}. Shorten it and save again.`,
    );
}
