import { type Person, STAGES, type Stage, type UserConfig } from '../../lib/domain';

/**
 * What the popup drew last time: the config, the count per stage and the first rows of each.
 * Reading thousands of people from IndexedDB and passing them over a message takes longer than a
 * popup may (issue 6: 150 ms with 5,000 people), so the popup draws this first and then replaces it
 * with the store's answer. It is a copy in the extension's own origin, never the source of truth.
 */
export interface PipelineSnapshot {
  config: UserConfig;
  counts: Record<Stage, number>;
  people: Person[];
}

export interface PipelineCache {
  load(): PipelineSnapshot | null;
  save(snapshot: PipelineSnapshot): void;
}

const KEY = 'constellation:popup-snapshot:v1';

/** The first `perStage` people of each stage, most recently touched first, and every count. */
export function snapshotOf(
  config: UserConfig,
  people: readonly Person[],
  perStage: number,
): PipelineSnapshot {
  const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const byStage = new Map<Stage, Person[]>();
  for (const p of people) {
    counts[p.stage] = (counts[p.stage] ?? 0) + 1;
    const list = byStage.get(p.stage) ?? [];
    list.push(p);
    byStage.set(p.stage, list);
  }
  const rows = [...byStage.values()].flatMap((list) =>
    list.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)).slice(0, perStage),
  );
  return { config, counts, people: rows };
}

function valid(value: unknown): value is PipelineSnapshot {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<PipelineSnapshot>;
  return (
    !!v.config &&
    Array.isArray(v.config.needs) &&
    !!v.config.settings &&
    !!v.config.self &&
    !!v.counts &&
    STAGES.every((s) => typeof v.counts?.[s] === 'number') &&
    Array.isArray(v.people) &&
    v.people.every(
      (p) => p && typeof p.slug === 'string' && STAGES.includes(p.stage) && Array.isArray(p.needs),
    )
  );
}

/** The cache in `storage` (the popup's localStorage); anything unreadable counts as no cache. */
export function storageCache(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): PipelineCache {
  return {
    load() {
      try {
        const value: unknown = JSON.parse(storage.getItem(KEY) ?? 'null');
        return valid(value) ? value : null;
      } catch {
        return null;
      }
    },
    save(snapshot) {
      try {
        storage.setItem(KEY, JSON.stringify(snapshot));
      } catch {
        // Full or unavailable storage only costs the next popup its head start.
        storage.removeItem(KEY);
      }
    },
  };
}
