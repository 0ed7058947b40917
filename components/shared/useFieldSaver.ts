import { useEffect, useMemo, useRef } from 'preact/hooks';
import { cleanText } from '../../lib/text/clean';
import type { Saver } from './autosave';
import { useSaver } from './useSaver';

/** A saver of patches that knows which fields this tab still owes the store. */
export interface FieldSaver<P> extends Saver<P> {
  /** Fields edited here and not yet saved (queued, or on their way): another tab's value waits. */
  editing(): ReadonlySet<string>;
}

/**
 * Field-level autosave (issue 14): the page sends only what its user changed, and when another
 * tab's change arrives the form takes it for every field except the ones listed by `editing()`,
 * so nothing typed here is overwritten before it is saved.
 */
export function useFieldSaver<P>(
  key: string,
  save: (patch: P) => Promise<void>,
  merge: (older: P, newer: P) => P,
  fieldsOf: (patch: P) => string[],
): FieldSaver<P> {
  const editing = useRef(new Set<string>());
  const edits = useRef(0);
  const saver = useSaver<P>(
    key,
    async (patch) => {
      const seen = edits.current;
      await save(patch);
      // Saved, and nothing typed since: the store now holds what this tab shows.
      if (edits.current === seen) editing.current.clear();
    },
    merge,
  );
  return useMemo(
    () => ({
      push(patch: P) {
        edits.current++;
        for (const field of fieldsOf(patch)) editing.current.add(field);
        saver.push(patch);
      },
      flush: saver.flush,
      hasPending: saver.hasPending,
      editing: () => editing.current,
    }),
    [saver],
  );
}

/** A record saved field by field (the self-profile, the settings): a patch is its changed fields. */
export function usePatchSaver<T extends object>(key: string, save: (patch: Partial<T>) => Promise<void>) {
  return useFieldSaver<Partial<T>>(key, save, (older, newer) => ({ ...older, ...newer }), Object.keys);
}

/**
 * A change made elsewhere (another tab, an import) arrives as a new `initial`: `take` it, once per
 * new record and never for the one the form started from.
 */
export function useIncoming<T>(initial: T, take: (next: T) => void): void {
  const shown = useRef(initial);
  const taker = useRef(take);
  taker.current = take;
  useEffect(() => {
    if (initial === shown.current) return;
    shown.current = initial;
    taker.current(initial);
  }, [initial]);
}

/**
 * The store's record, with the fields this tab is still saving kept as typed here, and those the
 * store holds as this tab's own text, cleaned (lib/text/clean.ts drops trailing spaces and invisible
 * characters): that is this tab's write coming back, not another tab's change, and taking it would
 * eat the space a user paused after.
 */
export function keepMine<T extends object>(theirs: T, mine: T, editing: ReadonlySet<string>, prefix = ''): T {
  const out = { ...theirs } as Record<string, unknown>;
  const stored = theirs as Record<string, unknown>;
  for (const [k, v] of Object.entries(mine)) if (editing.has(prefix + k) || ownText(v, stored[k])) out[k] = v;
  return out as T;
}

const folded = (v: unknown) => (typeof v === 'string' ? (cleanText(v) ?? '') : v);

/** Text that the store's cleaning turns into what it holds (a list: item by item). */
function ownText(mine: unknown, stored: unknown): boolean {
  if (typeof mine === 'string' && typeof stored === 'string')
    return mine !== stored && folded(mine) === folded(stored);
  if (!Array.isArray(mine) || !Array.isArray(stored) || mine.length !== stored.length) return false;
  return mine.some((m, i) => m !== stored[i]) && mine.every((m, i) => folded(m) === folded(stored[i]));
}
