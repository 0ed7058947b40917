import { readSelf, readSettings, readWeights } from './config';
import type { KvKey } from './db';
import { readEvent, readNeed, readPerson } from './records';
import type { Storage } from './storage';

// A record the store cannot read must never lock the user out (issue 14): every read skips it,
// this file says which kind of record it was and why, hands out everything else raw, and resets
// only the unreadable records of one kind when the user asks.

/** The kinds of record the user can download or reset on their own. */
export const PARTS = [
  'self',
  'settings',
  'weights',
  'needs',
  'people',
  'network',
  'connections',
  'outreach',
] as const;
export type Part = (typeof PARTS)[number];

export const PART_LABELS: Record<Part, string> = {
  self: 'About you',
  settings: 'Settings',
  weights: 'Learnt keyword weights',
  needs: 'Needs',
  people: 'People in your pipeline',
  network: 'Judged connections',
  connections: 'Imported connections',
  outreach: 'Outreach history',
};

export interface Damage {
  part: Part;
  /** Unreadable records of this kind. */
  count: number;
  /** Why, a few lines at most. */
  reasons: string[];
}

type RecordStore = 'needs' | 'people' | 'network' | 'connections' | 'outreach';
const KV_PARTS: readonly Part[] = ['self', 'settings', 'weights'];

/** Why one raw record cannot be read (empty: it can). Unknown settings keys are notes, not damage. */
function whyUnreadable(part: Part, raw: unknown): string[] {
  const problems: string[] = [];
  if (part === 'self') readSelf(raw, problems);
  else if (part === 'settings') readSettings(raw, problems, []);
  else if (part === 'weights') readWeights(raw, problems);
  else if (part === 'needs') readNeed(problems)(raw);
  else if (part === 'people' || part === 'network') readPerson(problems)(raw);
  else if (part === 'outreach') readEvent(problems)(raw);
  else if (!Array.isArray(raw)) problems.push('a connections record is not a list');
  else for (const p of raw) readPerson(problems)(p);
  return problems;
}

async function keysAndValues(s: Storage, store: RecordStore) {
  const db = await s.open();
  const tx = db.transaction(store);
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll() as Promise<unknown[]>]);
  return keys.map((key, i) => ({ key: key as string, value: values[i] }));
}

async function rawRecords(s: Storage, part: Part): Promise<{ key: string; value: unknown }[]> {
  if (KV_PARTS.includes(part)) {
    const value = await (await s.open()).get('kv', part as KvKey);
    return value === undefined ? [] : [{ key: part, value }];
  }
  return keysAndValues(s, part as RecordStore);
}

/** Every kind of record holding at least one record the store cannot read. */
export async function damageOf(s: Storage): Promise<Damage[]> {
  const out: Damage[] = [];
  for (const part of PARTS) {
    let count = 0;
    const reasons: string[] = [];
    for (const { value } of await rawRecords(s, part)) {
      const why = whyUnreadable(part, value);
      if (!why.length) continue;
      count++;
      if (reasons.length < 5) reasons.push(...why.slice(0, 5 - reasons.length));
    }
    if (count) out.push({ part, count, reasons });
  }
  return out;
}

/** A value as JSON can hold it, or null: a value that cannot be written (a cycle, a BigInt) is left out. */
function jsonSafe(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

export interface RawExport {
  format: 'constellation-raw-export';
  exportedAt: string;
  /** Every record of every kind, as stored, readable or not (keyed by its IndexedDB key). */
  parts: Record<Part, { key: string; value: unknown }[]>;
}

/** Everything stored, as it is: the way out when a part cannot be read. Never writes. */
export async function rawExport(s: Storage, only?: Part): Promise<RawExport> {
  const parts = {} as RawExport['parts'];
  for (const part of only ? [only] : PARTS) {
    const records = await rawRecords(s, part).catch(() => []);
    parts[part] = records.map(({ key, value }) => ({ key: String(key), value: jsonSafe(value) }));
  }
  return { format: 'constellation-raw-export', exportedAt: s.now().toISOString(), parts };
}

/** Deletes the unreadable records of one kind, in one transaction; readable ones and other kinds stay. */
export async function resetPart(s: Storage, part: Part): Promise<number> {
  if (!PARTS.includes(part)) throw new Error(`not a part: ${String(part).slice(0, 40)}`);
  return s.changes(
    s.open().then(async (db) => {
      const store = KV_PARTS.includes(part) ? 'kv' : (part as RecordStore);
      const tx = db.transaction(store, 'readwrite');
      const keys = KV_PARTS.includes(part) ? [part] : await tx.store.getAllKeys();
      let removed = 0;
      for (const key of keys) {
        const value = await tx.store.get(key as never);
        if (value === undefined || !whyUnreadable(part, value).length) continue;
        if (part === 'connections' && Array.isArray(value)) {
          // A chunk keeps its readable people: only the unreadable ones go.
          const kept = value.filter((p) => !whyUnreadable('people', p).length);
          removed += value.length - kept.length;
          await (kept.length ? tx.store.put(kept as never, key as never) : tx.store.delete(key as never));
        } else {
          await tx.store.delete(key as never);
          removed++;
        }
      }
      await tx.done;
      return removed;
    }),
  );
}
