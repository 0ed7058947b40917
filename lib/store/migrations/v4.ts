import { type IDBPDatabase, type IDBPTransaction, unwrap } from 'idb';
import type { PersonV3 } from './v3';

// Version 4 (issue 7, performance):
// - people get a [stage, updatedAt] index, so the popup reads each stage's most recent rows and
//   its count without reading the whole pipeline;
// - connections from Connections.csv that the user never acted on move from one record each in
//   'network' to 'connections', a thousand per record: Chromium pays about 0.1 ms per IndexedDB
//   request, so 30,000 single puts took 3–4 s and 30 large ones take a quarter of a second.
// Chunks are keyed by their first slug and hold people sorted by slug, so the chunk that may hold
// a slug is the one with the greatest key at or below it. Records keep their v3 shape.

/** People per 'connections' record. */
export const CHUNK_V4 = 1000;

/** A connection as the file brought it, with nothing of the user's own on it. */
export function plainConnectionV4(p: PersonV3): boolean {
  return (
    p.inPipeline === false &&
    p.source === 'connections-csv' &&
    !p.rejected?.length &&
    !p.confirmed?.length &&
    !p.needs?.length &&
    !p.notes
  );
}

export function migrateToV4(
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
): void {
  db.createObjectStore('connections');
  const raw = unwrap(tx);
  raw.objectStore('people').createIndex('stage-updated', ['stage', 'updatedAt']);
  // Raw requests with callbacks: they run inside the upgrade transaction, which waits for them.
  const network = raw.objectStore('network');
  const connections = raw.objectStore('connections');
  const all = network.getAll();
  all.onsuccess = () => {
    const plain = (all.result as PersonV3[])
      .filter((p) => p && typeof p.slug === 'string' && plainConnectionV4(p))
      .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    for (let i = 0; i < plain.length; i += CHUNK_V4) {
      const chunk = plain.slice(i, i + CHUNK_V4);
      connections.put(chunk, chunk[0]!.slug);
    }
    for (const p of plain) network.delete(p.slug);
  };
}
