import { type IDBPDatabase, type IDBPTransaction, unwrap } from 'idb';
import type { SettingsV1 } from './v1';

// Version 5 (issue 15, the side panel): the boolean `quietMode` setting becomes `display`, where
// tags are shown. The side panel is the default now, but an upgrade keeps what the user had: quiet
// mode on meant nothing on LinkedIn's page ('side-panel'); off, or never set, meant the panel drawn
// on the page ('page'), which was the default then. A new store writes nothing: its default holds.

export type DisplayV5 = 'side-panel' | 'page';
export type SettingsV5 = Omit<SettingsV1, 'quietMode'> & { display: DisplayV5 };

/** The v4 settings record as v5 rewrites it; any other member is kept as it was. */
export function settingsToV5(raw: Record<string, unknown>): Record<string, unknown> {
  const { quietMode, ...rest } = raw;
  return { ...rest, display: quietMode === true ? 'side-panel' : 'page' };
}

export function migrateToV5(
  _db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
  oldVersion: number,
): void {
  if (oldVersion === 0) return;
  // A raw request with a callback: it runs inside the upgrade transaction, which waits for it.
  const kv = unwrap(tx).objectStore('kv');
  const read = kv.get('settings');
  read.onsuccess = () => {
    const raw: unknown = read.result;
    if (raw === undefined) kv.put(settingsToV5({}), 'settings');
    // A record that is not an object is left for the store to report (its defaults are used).
    else if (raw && typeof raw === 'object' && !Array.isArray(raw))
      kv.put(settingsToV5(raw as Record<string, unknown>), 'settings');
  };
}
