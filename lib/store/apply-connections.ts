import type { Person } from '../domain';
import { type ConnectionRow, mergeConnection } from '../import/connection-row';
import type { ImportResult } from '../import/types';
import { COUNTS, type Counts, peopleFit } from './caps';
import { readChunks, writeChunks } from './connection-chunks';
import type { Db } from './db';

export type Progress = (done: number, total: number) => void;

/**
 * Connections in one transaction: everyone known is read once and merged in memory. People with a
 * record of their own (in the pipeline, or acted on) get that record rewritten when it changed;
 * every other connection goes into the 'connections' chunks, rewritten whole: thirty writes for
 * 30,000 people, where one write each took seconds in Chromium. Awaiting our own requests keeps
 * the transaction alive; nothing else is awaited inside it.
 */
export async function applyConnections(
  db: Db,
  rows: readonly ConnectionRow[],
  skipped: number,
  now: string,
  onProgress?: Progress,
  caps: Counts = COUNTS,
): Promise<ImportResult> {
  const tx = db.transaction(['people', 'network', 'connections'], 'readwrite');
  const people = tx.objectStore('people');
  const network = tx.objectStore('network');
  const [pipeline, known, chunked] = await Promise.all([
    people.getAll(),
    network.getAll(),
    readChunks(tx) as Promise<Person[]>,
  ]);
  const inPipeline = new Set(pipeline.map((p) => p.slug));
  const own = new Set([...inPipeline, ...known.map((p) => p.slug)]);
  // Chunk copies first, so a person's own record (newer) replaces theirs.
  const bySlug = new Map<string, Person>();
  for (const p of chunked) if (p && typeof p.slug === 'string') bySlug.set(p.slug, p);
  for (const p of [...known, ...pipeline]) bySlug.set(p.slug, p);
  const stored = bySlug.size;
  let added = 0;
  let updated = 0;
  const writes: Promise<unknown>[] = [];
  for (const row of rows) {
    const existing = bySlug.get(row.slug);
    const merged = mergeConnection(existing, row, now);
    if (!merged) continue;
    if (existing) updated++;
    else added++;
    bySlug.set(row.slug, merged);
    // Where it already lives: a connection in the pipeline stays there, one acted on in 'network'.
    if (own.has(row.slug)) writes.push((inPipeline.has(row.slug) ? people : network).put(merged));
  }
  try {
    peopleFit(stored, added, 'this file', caps.people);
  } catch (error) {
    // All or nothing: the updates already asked for go too.
    tx.abort();
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  const total = added + updated;
  if (total) {
    // Rewritten whole, only when something changed: this also drops copies shadowed since.
    const chunks = [...bySlug.values()].filter((p) => !own.has(p.slug));
    const [clear, ...puts] = writeChunks(tx, chunks);
    const parts = [...writes, ...puts];
    // Progress as the writes land: a handful of large ones, so counted in people per write.
    let landed = 0;
    let told = 0;
    for (const part of parts)
      part.then(() => {
        landed++;
        const done = landed === parts.length ? total : Math.floor((landed / parts.length) * total);
        if (done <= told) return;
        told = done;
        onProgress?.(done, total);
      });
    await Promise.all([clear, ...parts, tx.done]);
  } else {
    await tx.done;
    onProgress?.(rows.length, rows.length);
  }
  const unchanged = rows.length - added - updated;
  return {
    ok: true,
    kind: 'connections',
    message: `Connections imported: ${added} new, ${updated} updated, ${unchanged} unchanged${skipped ? `, ${skipped} bad rows skipped` : ''}.`,
    problems: [],
    counts: { people: added + updated, skipped },
  };
}
