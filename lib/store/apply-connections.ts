import type { ImportResult } from '../api';
import { type ConnectionRow, mergeConnection } from '../import/connection-row';
import type { Db } from './db';

export type Progress = (done: number, total: number) => void;

/** Writes are issued in chunks; progress is reported as each chunk lands. */
const CHUNK = 1000;

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
  for (let i = 0; i < rows.length; i += CHUNK) {
    const writes: Promise<unknown>[] = [];
    for (const row of rows.slice(i, i + CHUNK)) {
      const existing = bySlug.get(row.slug);
      const merged = mergeConnection(existing, row, now);
      if (!merged) continue;
      if (existing) updated++;
      else added++;
      bySlug.set(row.slug, merged);
      // Where it already lives: a connection in the pipeline stays there, a new one joins the network.
      writes.push((inPipeline.has(row.slug) ? people : network).put(merged));
    }
    await Promise.all(writes);
    onProgress?.(Math.min(i + CHUNK, rows.length), rows.length);
  }
  await tx.done;
  const unchanged = rows.length - added - updated;
  return {
    ok: true,
    kind: 'connections',
    message: `Connections imported: ${added} new, ${updated} updated, ${unchanged} unchanged${skipped ? `, ${skipped} bad rows skipped` : ''}.`,
    problems: [],
    counts: { people: added + updated, skipped },
  };
}
