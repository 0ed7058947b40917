import type { Person, Settings } from '../domain';

const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A person from a backup merged with the one already stored: the newer record wins (ties keep
 * what is stored, so importing a file twice changes nothing), and what the user said about tags is
 * never forgotten: rejections and confirmations are unioned, a rejection beating a confirmation.
 * Returns null when the stored record stays as it is.
 */
export function mergePerson(stored: Person | undefined, incoming: Person): Person | null {
  if (!stored) return incoming;
  const base = incoming.updatedAt > stored.updatedAt ? incoming : stored;
  const rejected = union(stored.rejected, incoming.rejected);
  const confirmed = union(stored.confirmed, incoming.confirmed).filter((n) => !rejected.includes(n));
  const inPipeline = stored.inPipeline !== false || incoming.inPipeline !== false;
  const merged: Person = {
    ...base,
    rejected,
    confirmed,
    ...(base.inPipeline !== undefined || !inPipeline ? { inPipeline } : {}),
    needs: base.needs.filter((n) => !rejected.includes(n)),
    tags: base.tags.filter((t) => !rejected.includes(t.need)),
  };
  return same(merged, stored) ? null : merged;
}

/** A date no later than now: a date in the future would win every comparison for ever. */
export const notAfter = (iso: string | null, now: Date): string | null =>
  iso && iso > now.toISOString() ? now.toISOString() : iso;

/**
 * Settings from a backup: the backup's choices, but "last exported" is the later of the two,
 * clamped to now (a backup dated 2099 once turned the backup reminder off for good, issue 14).
 */
export function mergeSettings(
  stored: Settings,
  incoming: Partial<Settings> | undefined,
  now: Date = new Date(),
): Settings {
  if (!incoming) return stored;
  const lastExportAt =
    [stored.lastExportAt, incoming.lastExportAt ?? null]
      .map((d) => notAfter(d, now))
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? null;
  return { ...stored, ...incoming, onboarded: stored.onboarded || !!incoming.onboarded, lastExportAt };
}
