import { mergePerson, mergeSettings } from '../backup/merge';
import type { Backup } from '../backup/types';
import { NEED_IDS, type Need, type OutreachEvent, type Person } from '../domain';
import type { ImportResult } from '../import/types';
import { COUNTS, type Counts, eventsFit, needsFit, peopleFit } from './caps';
import { readSettings } from './config';
import { readChunks, withoutShadowed } from './connection-chunks';
import type { Db, KvStore } from './db';
import { putPerson } from './people-table';

/** Merge a checked backup in one transaction: by id, never duplicating; the same file twice changes nothing. */
export async function applyBackup(
  db: Db,
  backup: Backup,
  notes: string[] = [],
  caps: Counts = COUNTS,
): Promise<ImportResult> {
  const tx = db.transaction(['kv', 'needs', 'people', 'network', 'connections', 'outreach'], 'readwrite');
  const kv = tx.objectStore('kv') as KvStore;
  const outreach = tx.objectStore('outreach');
  const [storedSettings, storedWeights, pipeline, network, chunked, eventKeys, needKeys] = await Promise.all([
    kv.get('settings'),
    kv.get('weights'),
    tx.objectStore('people').getAll(),
    tx.objectStore('network').getAll(),
    readChunks(tx) as Promise<Person[]>,
    outreach.getAllKeys(),
    tx.objectStore('needs').getAllKeys(),
  ]);
  const writes: Promise<unknown>[] = [];
  let newPeople = 0;
  let newEvents = 0;
  try {
    const storedPeople = withoutShadowed([...pipeline, ...network], chunked);
    // The caps first, from what was read: a backup that would pass one writes nothing.
    const known = new Set(eventKeys);
    const slugs = new Set(storedPeople.map((p) => p.slug));
    const needIds = new Set<string>([...NEED_IDS, ...needKeys]);
    peopleFit(
      slugs.size,
      new Set(backup.people.map((p) => p.slug).filter((s) => !slugs.has(s))).size,
      'this backup',
      caps.people,
    );
    eventsFit(
      known.size,
      new Set(backup.outreach.map((e) => e.id).filter((id) => !known.has(id))).size,
      caps.events,
    );
    needsFit(
      needIds.size,
      new Set(backup.needs.map((n) => n.id).filter((id) => !needIds.has(id))).size,
      caps.needs,
    );
    writes.push(kv.put(backup.self, 'self'));
    for (const need of backup.needs) writes.push(tx.objectStore('needs').put(need as Need));
    writes.push(kv.put(mergeSettings(readSettings(storedSettings, []), backup.settings), 'settings'));
    if (backup.weights) {
      const base = storedWeights && typeof storedWeights === 'object' ? storedWeights : {};
      writes.push(kv.put({ ...base, ...backup.weights }, 'weights'));
    }
    const bySlug = new Map(storedPeople.map((p) => [p.slug, p]));
    for (const incoming of backup.people as Person[]) {
      const merged = mergePerson(bySlug.get(incoming.slug), incoming);
      if (!merged) continue;
      if (!bySlug.has(incoming.slug)) newPeople++;
      bySlug.set(incoming.slug, merged);
      writes.push(putPerson(tx, merged));
    }
    for (const event of backup.outreach as OutreachEvent[]) {
      if (known.has(event.id)) continue; // history is append-only: a stored event is never rewritten
      known.add(event.id);
      newEvents++;
      writes.push(outreach.put(event));
    }
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    // All or nothing: a put that throws at once must not leave earlier puts to commit.
    try {
      tx.abort();
    } catch {
      // already finished or aborted by the browser
    }
    await Promise.allSettled([...writes, tx.done]);
    // A failed put rejects with AbortError before the transaction says why (e.g. quota).
    throw tx.error ?? error;
  }
  return {
    ok: true,
    kind: 'backup',
    message: `Backup imported: ${backup.needs.length} needs, ${backup.people.length} people (${newPeople} new), ${backup.outreach.length} history steps (${newEvents} new).`,
    problems: notes,
    counts: { needs: backup.needs.length, people: backup.people.length, outreach: backup.outreach.length },
  };
}
