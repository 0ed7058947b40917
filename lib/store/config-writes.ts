import type { z } from 'zod';
import { notAfter } from '../backup/merge';
import { describeIssues, needSchema, selfSchema, settingsSchema } from '../backup/schema';
import {
  NEED_IDS,
  type Need,
  type NeedId,
  type NeedPatch,
  type SelfProfile,
  type Settings,
  type UserConfig,
} from '../domain';
import { isBuiltInNeed } from '../needs-catalog';
import { cleanNeed, cleanSelf } from '../text/clean-records';
import { needsFit } from './caps';
import { knownSettings, readConfig, readSelf, readSettings } from './config';
import type { KvStore } from './db';
import { readNeed } from './records';
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

/** The members a patch sets: its own, and not undefined (which JSON would drop anyway). */
function given<T extends object>(patch: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(patch)) {
    const v = (patch as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out as Partial<T>;
}

/** Aborts the write (nothing half-written) and says what was refused. */
async function refuse(tx: { abort(): void; done: Promise<void> }, what: string, error: z.ZodError) {
  tx.abort();
  await tx.done.catch(() => {});
  throw new Error(`${what} not saved: ${describeIssues(error, 3).join('; ')}`);
}

/**
 * Field-level (issue 14): the fields a page changed, merged into the stored self-profile inside
 * one transaction, so two tabs editing different fields both keep theirs (the later write wins a
 * field both changed). A whole profile is a patch of every field.
 */
export async function saveSelf(s: Storage, patch: Partial<SelfProfile>): Promise<void> {
  await s.changes(
    s.open().then(async (db) => {
      const tx = db.transaction('kv', 'readwrite');
      const kv = tx.store as unknown as KvStore;
      const next = { ...readSelf(await kv.get('self'), s.sink()), ...given(cleanSelf(patch)) };
      const checked = selfSchema.safeParse(next);
      if (!checked.success) return refuse(tx, 'Your profile', checked.error);
      await Promise.all([kv.put(next, 'self'), stamp(s, kv), tx.done]);
    }),
  );
}

/** What a need is before the user changed anything: the catalogue's for a built-in one. */
const blankNeed = (id: NeedId): Need => ({ id, status: 'unmet', ask: '', keywords: [] });
const OPTIONAL_TEXTS = ['request', 'name', 'metBy'] as const;

/**
 * Field-level, as saveSelf: each patch's fields merged into the stored need (or a new one), one
 * transaction for the batch. Hiding a need in one tab and editing its ask in another keeps both.
 */
export async function saveNeeds(s: Storage, patches: NeedPatch[]): Promise<void> {
  await s.changes(
    s.open().then(async (db) => {
      const tx = db.transaction(['needs', 'kv'], 'readwrite');
      const store = tx.objectStore('needs');
      const kv = tx.objectStore('kv') as KvStore;
      const [stored, keys] = await Promise.all([
        Promise.all(patches.map((p) => store.get(p.id))),
        store.getAllKeys(),
      ]);
      // Built-in needs always count (they are shown and exported even when never saved).
      const known = new Set<string>([...NEED_IDS, ...keys]);
      const adding = new Set(patches.map((p) => p.id).filter((id) => !known.has(id))).size;
      try {
        needsFit(known.size, adding, s.caps.needs);
      } catch (error) {
        tx.abort();
        await tx.done.catch(() => {});
        throw error;
      }
      const read = readNeed(s.sink());
      const next = new Map<NeedId, Need>();
      patches.forEach((patch, i) => {
        const base =
          next.get(patch.id) ?? (stored[i] === undefined ? null : read(stored[i])) ?? blankNeed(patch.id);
        const need: Need = { ...base, ...given(cleanNeed(patch)), id: patch.id };
        // A page clears an optional text by sending it empty (JSON drops undefined): it goes.
        for (const k of OPTIONAL_TEXTS) if (need[k] === '') delete need[k];
        next.set(patch.id, need);
      });
      for (const need of next.values()) {
        const checked = needSchema.safeParse(need);
        if (!checked.success) return refuse(tx, `The need ${need.id}`, checked.error);
      }
      await Promise.all([...[...next.values()].map((n) => store.put(n)), stamp(s, kv), tx.done]);
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
