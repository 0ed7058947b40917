import { useCallback, useEffect, useState } from 'preact/hooks';
import type { NeedId, Person, Stage, UserConfig } from '../../lib/domain';
import { FIRST_ROWS } from '../../lib/messages/early-asks';
import type { PagesApi } from '../../lib/messages/pages';
import type { StageChange, Touch } from '../../lib/pipeline/types';
import { errorText } from '../shared/ApiContext';

// The popup's state in one module: what the views are given (PopupData, PopupActions), how many
// rows a stage shows first, and the hook that loads them. Views import from here, never from
// Popup.tsx, so the popup's files form no circle.

// Rows a stage shows before "show more": what the first load asks the store for (and what the side
// panel asks before its code is in, so the number lives there).
export { FIRST_ROWS };

export interface PopupData {
  config: UserConfig;
  /** Pipeline people loaded so far: each stage's latest rows, more as asked for, and anyone changed here. */
  people: Person[];
  /** Bumped on every change, so the panels that ask the store for more (follow-ups…) ask again. */
  version: number;
  /** People per stage, all of them (`people` holds only some). */
  counts: Record<Stage, number>;
}

/** What the views may do to a person; each resolves to the person as stored, or null on error. */
export interface PopupActions {
  move: (slug: string, stage: Stage, change?: StageChange) => Promise<Person | null>;
  touch: (slug: string, touch: Touch) => Promise<Person | null>;
  draft: (slug: string, need?: NeedId) => void;
}

export interface PopupDataState {
  data: PopupData | null;
  error: string | null;
  setError: (error: string | null) => void;
  /** Puts a person the store returned into the view. */
  store: (person: Person) => Person;
  /** Rows beyond the first screen ("show more"): merged in, newer copies kept. */
  add: (people: Person[]) => void;
}

/**
 * The popup's data: the config, the count per stage and each stage's latest rows, one small
 * answer from the store's index (issue 7: first screen within 150 ms at 5,000 people). More rows
 * come on request; every change bumps `version`, so the side panels ask the store again.
 */
export function usePopupData(api: PagesApi): PopupDataState {
  const [data, setData] = useState<PopupData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.getConfig(), api.pipelinePage({ limit: FIRST_ROWS })])
      .then(([config, page]) => {
        // A person changed while the answer was on its way is newer than its copy there.
        if (live)
          setData((d) => ({
            config,
            counts: page.counts,
            version: 0,
            people: merged(page.people, d?.people ?? []),
          }));
      })
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [api]);

  const store = useCallback(
    (person: Person) => {
      setData((d) => {
        if (!d) return d;
        const before = d.people.find((p) => p.slug === person.slug);
        return {
          ...d,
          version: d.version + 1,
          counts: recount(d.counts, before, person),
          people: [person, ...d.people.filter((p) => p.slug !== person.slug)],
        };
      });
      setError(null);
      // The person's stage before may not have been among the rows here: the store counts exactly.
      api
        .pipelinePage({ limit: 0 })
        .then((page) => setData((d) => d && { ...d, counts: page.counts }))
        .catch(() => undefined);
      return person;
    },
    [api],
  );

  const add = useCallback((people: Person[]) => {
    setData((d) => d && { ...d, people: merged(people, d.people) });
  }, []);

  return { data, error, setError, store, add };
}

/** `incoming` and `known` by slug; the most recently changed copy of a person wins. */
function merged(incoming: Person[], known: Person[]): Person[] {
  const bySlug = new Map(known.map((p) => [p.slug, p]));
  for (const p of incoming) {
    const had = bySlug.get(p.slug);
    if (!had || had.updatedAt <= p.updatedAt) bySlug.set(p.slug, p);
  }
  return [...bySlug.values()];
}

/** Totals after a move: one fewer where the person was, one more where they are. */
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
