import { notAfter } from '../backup/merge';
import { describeIssues, settingsSchema } from '../backup/schema';
import type { Need, NeedId, SelfProfile, Settings, UserConfig } from '../domain';
import { isBuiltInNeed } from '../needs-catalog';
import { cleanNeed, cleanSelf } from '../text/clean-records';
import { knownSettings, readConfig, readSettings } from './config';
import type { KvStore } from './db';
import type { Storage } from './storage';

// The user's own records: the self-profile, the needs, the settings, and the background's meta.
// The self-profile and the needs change what is tagged and suggested (cached): writes go through
// `changes` so every cached read starts again.

export async function getConfig(s: Storage): Promise<UserConfig> {
  const db = await s.open();
  return readConfig(db.transaction(['kv', 'needs']), s.sink());
}

/** When the user's own records last changed, written in the change's own transaction. */
const stamp = (s: Storage, kv: KvStore) => kv.put(s.now().toISOString(), 'changed');

/** When the needs, the self-profile or the settings last changed (null: never, or unreadable). */
export async function changedAt(s: Storage): Promise<string | null> {
  const raw = await (await s.open()).get('kv', 'changed');
  return typeof raw === 'string' && !Number.isNaN(Date.parse(raw)) ? raw : null;
}

export async function saveSelf(s: Storage, self: SelfProfile): Promise<void> {
  await s.changes(
    s.open().then((db) => {
      const tx = db.transaction('kv', 'readwrite');
      const kv = tx.store as unknown as KvStore;
      return Promise.all([kv.put(cleanSelf(self), 'self'), stamp(s, kv), tx.done]);
    }),
  );
}

export async function saveNeeds(s: Storage, needs: Need[]): Promise<void> {
  await s.changes(
    s.open().then((db) => {
      const tx = db.transaction(['needs', 'kv'], 'readwrite');
      const store = tx.objectStore('needs');
      const kv = tx.objectStore('kv') as KvStore;
      return Promise.all([...needs.map((n) => store.put(cleanNeed(n))), stamp(s, kv), tx.done]);
    }),
  );
}

export async function deleteNeed(s: Storage, id: NeedId): Promise<void> {
  await s.changes(
    s.open().then(async (db) => {
      const tx = db.transaction(['needs', 'kv'], 'readwrite');
      const store = tx.objectStore('needs');
      stamp(s, tx.objectStore('kv') as KvStore);
      if (isBuiltInNeed(id)) {
        // Built-in needs keep their id for ever (backups and tags refer to it): hide instead.
        const stored = await store.get(id);
        store.put({ ...(stored ?? { id, status: 'unmet', ask: '', keywords: [] }), hidden: true });
      } else store.delete(id);
      await tx.done;
    }),
  );
}

export async function saveSettings(s: Storage, patch: Partial<Settings>): Promise<Settings> {
  const db = await s.open();
  const tx = db.transaction('kv', 'readwrite');
  const kv = tx.store as unknown as KvStore;
  // Unknown keys are dropped, whoever sent them: a stored `toString` must never come back to bite.
  const known = knownSettings(patch);
  // A page's clock set ahead must not silence the backup reminder for ever.
  if (typeof known.lastExportAt === 'string') known.lastExportAt = notAfter(known.lastExportAt, s.now());
  const next = { ...readSettings(await kv.get('settings'), s.sink(), []), ...known };
  const checked = settingsSchema.safeParse(next);
  if (!checked.success) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new Error(`Settings not saved: ${describeIssues(checked.error, 3).join('; ')}`);
  }
  // Stamping an export is not a change worth backing up.
  const change = Object.keys(known).some((k) => k !== 'lastExportAt');
  await Promise.all([kv.put(next, 'settings'), change ? stamp(s, kv) : null, tx.done]);
  return next;
}

const asRecord = (raw: unknown): Record<string, unknown> =>
  raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};

/** Small bookkeeping of the background's own (e.g. when it last notified); not part of backups. */
export async function meta(s: Storage): Promise<Record<string, unknown>> {
  const db = await s.open();
  return asRecord(await db.get('kv', 'meta'));
}

export async function saveMeta(s: Storage, patch: Record<string, unknown>): Promise<void> {
  const db = await s.open();
  const tx = db.transaction('kv', 'readwrite');
  const kv = tx.store as unknown as KvStore;
  const base = asRecord(await kv.get('meta'));
  await Promise.all([kv.put({ ...base, ...patch }, 'meta'), tx.done]);
}
