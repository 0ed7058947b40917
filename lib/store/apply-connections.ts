import type { ImportResult } from '../api';
import { type ConnectionRow, mergeConnection } from '../import/connection-row';
import type { Db } from './db';

export type Progress = (done: number, total: number) => void;

/** Progress is reported every this many writes landed (and at the end). */
const STEP = 1000;

/**
 * Connections in one transaction: people are read once, merged in memory, and only changed
 * records are written. Awaiting our own requests keeps the transaction alive; nothing else is
 * awaited inside it.
 */
export async function applyConnections(
  db: Db,
  rows: readonly ConnectionRow[],
  skipped: number,
  now: string,
  onProgress?: Progress,
): Promise<ImportResult> {
  const tx = db.transaction(['people', 'network'], 'readwrite');
  const people = tx.objectStore('people');
  const network = tx.objectStore('network');
  const [pipeline, known] = await Promise.all([people.getAll(), network.getAll()]);
  const inPipeline = new Set(pipeline.map((p) => p.slug));
  const bySlug = new Map([...known, ...pipeline].map((p) => [p.slug, p]));
  let added = 0;
  let updated = 0;
  const changed: { person: (typeof pipeline)[number]; home: typeof people | typeof network }[] = [];
  for (const row of rows) {
    const existing = bySlug.get(row.slug);
    const merged = mergeConnection(existing, row, now);
    if (!merged) continue;
    if (existing) updated++;
    else added++;
    bySlug.set(row.slug, merged);
    // Where it already lives: a connection in the pipeline stays there, a new one joins the network.
    changed.push({ person: merged, home: inPipeline.has(row.slug) ? people : network });
  }
  // Every write is issued at once, so the database never waits on us between batches; progress
  // counts them as they land.
  let landed = 0;
  const total = changed.length;
  const writes = changed.map(({ person, home }) =>
    home.put(person).then(() => {
      landed++;
      if (landed % STEP === 0 || landed === total) onProgress?.(landed, total);
    }),
  );
  await Promise.all([...writes, tx.done]);
  if (!total) onProgress?.(rows.length, rows.length);
  const unchanged = rows.length - added - updated;
  return {
    ok: true,
    kind: 'connections',
    message: `Connections imported: ${added} new, ${updated} updated, ${unchanged} unchanged${skipped ? `, ${skipped} bad rows skipped` : ''}.`,
    problems: [],
    counts: { people: added + updated, skipped },
  };
}
