import type { Backup, ImportResult } from '../api';
import { mergePerson, mergeSettings } from '../backup/merge';
import { backupSchema, describeIssues } from '../backup/schema';
import type { Need, OutreachEvent, Person } from '../domain';
import { readSettings } from './config';
import { readChunks, withoutShadowed } from './connection-chunks';
import type { Db, KvStore } from './db';
import { putPerson } from './people-table';

/** Parse and validate a backup fully before anything is written: all or nothing. */
export function checkBackup(
  text: string,
): { ok: true; backup: Backup } | { ok: false; result: ImportResult } {
  const fail = (message: string, problems: string[] = []) =>
    ({ ok: false, result: { ok: false, kind: 'backup', message, problems } }) as const;
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`The file is not valid JSON (${(error as Error).message}). Nothing was imported.`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return fail(
      'The file is JSON but not a Constellation backup (expected an object). Nothing was imported.',
    );
  const { format, version } = raw as Record<string, unknown>;
  if (format !== 'constellation-backup')
    return fail(
      `Not a Constellation backup: format is ${format === undefined ? 'missing' : JSON.stringify(format).slice(0, 60)}, expected "constellation-backup". Nothing was imported.`,
    );
  if (version === undefined)
    return fail('This backup has no "version", so it cannot be read safely. Nothing was imported.');
  if (version !== 1)
    return fail(
      `This backup is version ${String(JSON.stringify(version)).slice(0, 20)}; this Constellation reads version 1. Update the extension, then import again. Nothing was imported.`,
    );
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    return fail(
      `The backup has ${parsed.error.issues.length === 1 ? 'a problem' : 'problems'}, so nothing was imported: ${problems[0]}`,
      problems,
    );
  }
  return { ok: true, backup: parsed.data as unknown as Backup };
}

/** Merge a checked backup in one transaction: by id, never duplicating; the same file twice changes nothing. */
export async function applyBackup(db: Db, backup: Backup): Promise<ImportResult> {
  const tx = db.transaction(['kv', 'needs', 'people', 'network', 'connections', 'outreach'], 'readwrite');
  const kv = tx.objectStore('kv') as KvStore;
  const outreach = tx.objectStore('outreach');
  const [storedSettings, storedWeights, pipeline, network, chunked, eventKeys] = await Promise.all([
    kv.get('settings'),
    kv.get('weights'),
    tx.objectStore('people').getAll(),
    tx.objectStore('network').getAll(),
    readChunks(tx) as Promise<Person[]>,
    outreach.getAllKeys(),
  ]);
  const writes: Promise<unknown>[] = [];
  let newPeople = 0;
  let newEvents = 0;
  try {
    const storedPeople = withoutShadowed([...pipeline, ...network], chunked);
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
    const known = new Set(eventKeys);
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
    problems: [],
    counts: { needs: backup.needs.length, people: backup.people.length, outreach: backup.outreach.length },
  };
}
