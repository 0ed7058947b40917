import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Api } from '../../lib/api';
import type { Person, Stage } from '../../lib/domain';
import type { PopupData } from './Popup';
import { type PipelineCache, snapshotOf } from './pipeline-cache';
import { FIRST_ROWS } from './StageSection';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface PopupDataState {
  data: PopupData | null;
  error: string | null;
  setError: (error: string | null) => void;
  /** Puts a person the store returned into the view (and the next snapshot). */
  store: (person: Person) => Person;
}

/**
 * The popup's data: last time's first screen from the cache at once, then the store's answer,
 * with people changed in between kept; every later change bumps `version`.
 */
export function usePopupData(api: Api, cache: PipelineCache | undefined): PopupDataState {
  const [data, setData] = useState<PopupData | null>(() => {
    const snapshot = cache?.load();
    return snapshot
      ? { config: snapshot.config, people: snapshot.people, counts: snapshot.counts, version: -1 }
      : null;
  });
  // People changed here while the store's full answer was on its way: that answer predates them.
  const changed = useRef(new Map<string, Person>());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    // Only what the first screen needs: counts and rows. Everything else loads after it.
    Promise.all([api.getConfig(), api.listPeople()])
      .then(([config, stored]) => {
        if (!live) return;
        const people = stored.map((p) => changed.current.get(p.slug) ?? p);
        for (const p of changed.current.values())
          if (!stored.some((s) => s.slug === p.slug)) people.unshift(p);
        setData({ config, people, version: 0 });
      })
      .catch((e: unknown) => live && setError(message(e)));
    return () => {
      live = false;
    };
  }, [api]);

  // Next time, the first screen is drawn from this while the store reads.
  useEffect(() => {
    if (!cache || !data || data.counts) return;
    const t = setTimeout(() => cache.save(snapshotOf(data.config, data.people, FIRST_ROWS)), 0);
    return () => clearTimeout(t);
  }, [cache, data]);
  const store = useCallback((person: Person) => {
    changed.current.set(person.slug, person);
    setData(
      (d) =>
        d && {
          ...d,
          version: d.counts ? d.version : d.version + 1,
          counts:
            d.counts &&
            recount(
              d.counts,
              d.people.find((p) => p.slug === person.slug),
              person,
            ),
          people: d.people.some((p) => p.slug === person.slug)
            ? d.people.map((p) => (p.slug === person.slug ? person : p))
            : [person, ...d.people],
        },
    );
    setError(null);
    return person;
  }, []);

  return { data, error, setError, store };
}

/** Cached totals after a move: one fewer where the person was, one more where they are. */
function recount(
  counts: Record<Stage, number>,
  before: Person | undefined,
  after: Person,
): Record<Stage, number> {
  const next = { ...counts };
  if (before) next[before.stage] = Math.max(0, next[before.stage] - 1);
  next[after.stage] += 1;
  return next;
}
