import type { Backup } from '../backup/types';
import { DEFAULT_SETTINGS, EMPTY_SELF, type Need, type SelfProfile, type Settings } from '../domain';

// What a backup would change in the user's own records, before anything is written (issue 14:
// importing the minimal backup of PRODUCT.md once emptied a goal and an ask, saying only "1 needs").
// Pure: the stored records and the backup in, one line per field out.

export type Effect = 'added' | 'replaced' | 'kept';

export interface FieldChange {
  /** "self.goal", "needs.project-feedback.ask", "settings.followUpDays". */
  path: string;
  effect: Effect;
  /** What the user has (shortened), and what the backup would put there. */
  mine: string;
  theirs: string;
}

export interface BackupPreview {
  changes: FieldChange[];
  /** True when a field the user filled in would be replaced: the page must ask first. */
  asks: boolean;
}

const NEED_FIELDS = ['status', 'ask', 'request', 'keywords', 'name', 'hidden', 'metBy'] as const;
/** Settings the user chose; lastExportAt and onboarded are bookkeeping, merged on their own. */
const SETTING_FIELDS = [
  'display',
  'panelCollapsed',
  'noteLimitFree',
  'noteLimitPremium',
  'noteBudgetPerMonth',
  'followUpDays',
  'notifications',
] as const;

const empty = (v: unknown) =>
  v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const shown = (v: unknown) =>
  v === undefined ? '' : (typeof v === 'string' ? v : JSON.stringify(v)).slice(0, 80);

// What the user filled in, as opposed to what a new install starts with: only that is "replaced".
// A fresh store holds nine unmet needs, the default settings and a self-profile with two formats,
// and restoring a backup into it must ask nothing (issue 14).
const isDefault = {
  self: (k: keyof SelfProfile, v: unknown) => empty(v) || same(v, EMPTY_SELF[k]),
  need: (f: (typeof NEED_FIELDS)[number], v: unknown) => empty(v) || (f === 'status' && v === 'unmet'),
  setting: (f: (typeof SETTING_FIELDS)[number], v: unknown) =>
    v === undefined || same(v, DEFAULT_SETTINGS[f]),
};

function compare(path: string, mine: unknown, theirs: unknown, mineIsDefault: boolean, out: FieldChange[]) {
  if (same(mine, theirs) || (empty(mine) && empty(theirs))) return;
  const effect: Effect = mineIsDefault ? 'added' : 'replaced';
  out.push({ path, effect, mine: shown(mine), theirs: shown(theirs) });
}

/**
 * Every field of the self-profile, the needs and the settings the backup would change. A need the
 * user has and the backup lacks is kept (imports merge by id), and is listed as kept.
 */
export function previewBackup(
  stored: { self: SelfProfile; needs: readonly Need[]; settings: Settings },
  backup: Pick<Backup, 'self' | 'needs' | 'settings'>,
): BackupPreview {
  const changes: FieldChange[] = [];
  for (const k of Object.keys(backup.self) as (keyof SelfProfile)[])
    if (Object.hasOwn(stored.self, k))
      compare(`self.${k}`, stored.self[k], backup.self[k], isDefault.self(k, stored.self[k]), changes);
  const mine = new Map(stored.needs.map((n) => [n.id as string, n]));
  const theirs = new Set<string>();
  for (const need of backup.needs) {
    theirs.add(need.id);
    const have = mine.get(need.id);
    for (const f of NEED_FIELDS)
      compare(`needs.${need.id}.${f}`, have?.[f], need[f], isDefault.need(f, have?.[f]), changes);
  }
  for (const [id, need] of mine)
    if (!theirs.has(id) && !empty(need.ask))
      changes.push({ path: `needs.${id}`, effect: 'kept', mine: shown(need.ask), theirs: '' });
  const incoming = backup.settings ?? {};
  for (const f of SETTING_FIELDS)
    if (Object.hasOwn(incoming, f))
      compare(
        `settings.${f}`,
        stored.settings[f],
        incoming[f],
        isDefault.setting(f, stored.settings[f]),
        changes,
      );
  return { changes, asks: changes.some((c) => c.effect === 'replaced') };
}

/**
 * "Keep mine where it differs": the backup with every field the user filled in put back to theirs.
 * What the user left empty is still filled from the backup.
 */
export function keepMine<B extends Pick<Backup, 'self' | 'needs' | 'settings'>>(
  stored: { self: SelfProfile; needs: readonly Need[]; settings: Settings },
  backup: B,
): B {
  const self = { ...backup.self };
  for (const k of Object.keys(self) as (keyof SelfProfile)[])
    if (Object.hasOwn(stored.self, k) && !isDefault.self(k, stored.self[k]))
      (self as Record<string, unknown>)[k] = stored.self[k];
  const mine = new Map(stored.needs.map((n) => [n.id as string, n]));
  const needs = backup.needs.map((need) => {
    const have = mine.get(need.id);
    if (!have) return need;
    const out: Record<string, unknown> = { ...need };
    for (const f of NEED_FIELDS) if (!isDefault.need(f, have[f])) out[f] = have[f];
    return out as unknown as Need;
  });
  const settings = backup.settings ? { ...backup.settings } : undefined;
  if (settings)
    for (const f of SETTING_FIELDS)
      if (Object.hasOwn(settings, f) && !isDefault.setting(f, stored.settings[f])) delete settings[f];
  return { ...backup, self, needs, settings };
}
