import type { IDBPTransaction, StoreNames } from 'idb';
import { z } from 'zod';
import { selfSchema, settingsSchema } from '../backup/schema';
import {
  DEFAULT_SETTINGS,
  EMPTY_SELF,
  type Need,
  type SelfProfile,
  type Settings,
  type UserConfig,
} from '../domain';
import { defaultNeeds, isBuiltInNeed } from '../needs-catalog';
import type { ConstellationDB, KvStore } from './db';
import { type Problems, readAll, readNeed } from './records';

type AnyTx = IDBPTransaction<ConstellationDB, ArrayLike<StoreNames<ConstellationDB>>, IDBTransactionMode>;

const weightsSchema = z.record(z.string().max(200), z.number().min(0).max(10));

/**
 * Each setting on its own: one bad value falls back to its default, the others stay. Only the
 * schema's own keys are looked up: `shape.constructor` is Object's, and calling it locked the
 * store for good (issue 14). Unknown keys are dropped with a note.
 */
export function readSettings(raw: unknown, problems: Problems, notes: Problems = problems): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (raw === undefined) return settings;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('settings skipped: not an object; defaults used');
    return settings;
  }
  const shape = settingsSchema.shape as Record<string, z.ZodType>;
  for (const k of Object.keys(raw)) {
    if (!Object.hasOwn(shape, k)) {
      notes.push(`settings.${k.slice(0, 60)} dropped: not a setting`);
      continue;
    }
    const ok = shape[k]!.safeParse((raw as Record<string, unknown>)[k]);
    if (ok.success) (settings as unknown as Record<string, unknown>)[k] = ok.data;
    else problems.push(`settings.${k} skipped: default used`);
  }
  return settings;
}

/** The known settings of a patch (own keys only), whatever else it holds. */
export function knownSettings(patch: Record<string, unknown>): Partial<Settings> {
  const shape = settingsSchema.shape;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(patch)) if (Object.hasOwn(shape, k)) out[k] = patch[k];
  return out as Partial<Settings>;
}

export function readSelf(raw: unknown, problems: Problems): SelfProfile {
  if (raw === undefined) return { ...EMPTY_SELF };
  const ok = selfSchema.safeParse(raw);
  if (ok.success) return ok.data as SelfProfile;
  problems.push('self-profile skipped: it could not be read; fill it in again on the options page');
  return { ...EMPTY_SELF };
}

export function readWeights(raw: unknown, problems: Problems): Record<string, number> | undefined {
  if (raw === undefined) return undefined;
  const ok = weightsSchema.safeParse(raw);
  if (ok.success) return ok.data;
  problems.push('learnt keyword weights skipped: they start again from scratch');
  return undefined;
}

/** Built-ins in catalog order (a new user's defaults for any not saved yet), then custom needs. */
export function withDefaultNeeds(stored: Need[]): Need[] {
  const byId = new Map(stored.map((n) => [n.id as string, n]));
  const builtIn = defaultNeeds().map((d) => byId.get(d.id) ?? d);
  return [...builtIn, ...stored.filter((n) => !isBuiltInNeed(n.id))];
}

/** The whole configuration, read inside the caller's transaction (which must cover kv and needs). */
export async function readConfig(tx: AnyTx, problems: Problems): Promise<UserConfig> {
  const kv = tx.objectStore('kv') as KvStore;
  const [self, settings, weights, needs] = await Promise.all([
    kv.get('self'),
    kv.get('settings'),
    kv.get('weights'),
    tx.objectStore('needs').getAll(),
  ]);
  const config: UserConfig = {
    self: readSelf(self, problems),
    needs: withDefaultNeeds(readAll(needs, readNeed(problems))),
    settings: readSettings(settings, problems),
  };
  const w = readWeights(weights, problems);
  if (w) config.weights = w;
  return config;
}
