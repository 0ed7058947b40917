import { NEED_IDS, type Need, type NeedId, type NeedPatch } from '../../lib/domain';
import { customNeedId } from '../../lib/needs-catalog';

/**
 * The map as the page shows it: the nine built-ins in catalogue order (a missing one appears as
 * unmet, so an old or partial store never hides a category), then the user's own in stored order.
 */
export function withAllNeeds(stored: Need[]): Need[] {
  const byId = new Map(stored.map((need) => [need.id, need]));
  const builtIn = NEED_IDS.map((id): Need => byId.get(id) ?? { id, status: 'unmet', ask: '', keywords: [] });
  const custom = stored.filter((need) => !(NEED_IDS as readonly string[]).includes(need.id));
  return [...builtIn, ...custom];
}

/** A fresh id for a need the user names, never colliding with one that exists. */
export function uniqueCustomId(name: string, taken: Iterable<NeedId>): NeedId {
  const used = new Set<string>(taken);
  const base = customNeedId(name);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base.slice(0, 56)}-${n}` as NeedId;
    if (!used.has(id)) return id;
  }
}

/** A need the user adds by name (first run and the needs map): unmet, nothing asked yet, its own id. */
export function customNeed(name: string, needs: readonly Need[]): Need {
  return {
    id: uniqueCustomId(
      name,
      needs.map((n) => n.id),
    ),
    name,
    status: 'unmet',
    ask: '',
    keywords: [],
  };
}

export function replaceNeed(needs: Need[], next: Need): Need[] {
  return needs.map((need) => (need.id === next.id ? next : need));
}

/**
 * What the user changed in a need, as the patch the store merges (issue 14). A field cleared to
 * nothing is sent as empty (JSON would drop an undefined, and the old value would stay).
 */
export function changedFields(before: Need, next: Need): NeedPatch {
  const patch: Record<string, unknown> = { id: next.id };
  const was = before as unknown as Record<string, unknown>;
  const now = next as unknown as Record<string, unknown>;
  for (const k of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (k === 'id' || JSON.stringify(was[k]) === JSON.stringify(now[k])) continue;
    patch[k] = now[k] ?? (typeof was[k] === 'boolean' ? false : '');
  }
  return patch as NeedPatch;
}
