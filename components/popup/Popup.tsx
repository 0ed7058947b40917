import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Api, StageChange, Touch } from '../../lib/api';
import type { NeedId, Person, Stage, UserConfig } from '../../lib/domain';
import { DraftView } from './DraftView';
import { parseHash, profileSlug, type Route, type TabId } from './hash-route';
import { NeedsView } from './NeedsView';
import { OnThisPage } from './OnThisPage';
import { PipelineView } from './PipelineView';
import { type PipelineCache, snapshotOf } from './pipeline-cache';
import { FIRST_ROWS } from './StageSection';
import { Tabs } from './Tabs';
import { useLoad } from './use-load';
import './popup.css';

export interface PopupProps {
  api: Api;
  /** `location.hash` at open: `#draft?slug=…&need=…` preselects the Draft view. */
  hash?: string;
  /** The active tab's URL when the browser lets us read it (LinkedIn host permission), else null. */
  activeTabUrl?: () => Promise<string | null>;
  now?: () => Date;
  /** Last time's first screen, drawn while the store reads everything (see pipeline-cache). */
  cache?: PipelineCache;
}

export interface PopupData {
  config: UserConfig;
  /** People in the pipeline. */
  people: Person[];
  /**
   * Bumped on every change, so the panels that ask the store for more (follow-ups…) ask again.
   * -1 while only the cached first screen is shown: the panels wait for the store's answer.
   */
  version: number;
  /** Per-stage totals while `people` holds only the cached first rows of each stage. */
  counts?: Record<Stage, number>;
}

/** What the views may do to a person; each resolves to the person as stored, or null on error. */
export interface PopupActions {
  move: (slug: string, stage: Stage, change?: StageChange) => Promise<Person | null>;
  touch: (slug: string, touch: Touch) => Promise<Person | null>;
  draft: (slug: string, need?: NeedId) => void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const systemNow = () => new Date();

export function Popup({ api, hash = '', activeTabUrl, now = systemNow, cache }: PopupProps) {
  const [route, setRoute] = useState<Route>(() => parseHash(hash));
  const [data, setData] = useState<PopupData | null>(() => {
    const snapshot = cache?.load();
    return snapshot
      ? { config: snapshot.config, people: snapshot.people, counts: snapshot.counts, version: -1 }
      : null;
  });
  // People changed here while the store's full answer was on its way: that answer predates them.
  const changed = useRef(new Map<string, Person>());
  const [error, setError] = useState<string | null>(null);
  const [tabSlug, setTabSlug] = useState<string | null>(null);
  const [justOngoing, setJustOngoing] = useState<string | null>(null);

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
    activeTabUrl?.()
      .then((url) => live && setTabSlug(profileSlug(url)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api, activeTabUrl]);

  // The panel's draft button may reopen this page at another `#draft?…` without a reload.
  useEffect(() => {
    const onHash = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const version = data?.version ?? -1;
  const due = useLoad(() => api.followUps(now().toISOString()), version, version >= 0);

  // Next time, the first screen is drawn from this while the store reads.
  useEffect(() => {
    if (!cache || !data || data.counts) return;
    const t = setTimeout(() => cache.save(snapshotOf(data.config, data.people, FIRST_ROWS)), 0);
    return () => clearTimeout(t);
  }, [cache, data]);
  // Quiet mode: the content script reported the page's tags to the background instead of drawing them.
  const pageTags = useLoad(() => api.currentPageTags(), 0);

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

  const actions: PopupActions = {
    move: async (slug, stage, change) => {
      try {
        const person = store(await api.moveStage(slug, stage, change));
        if (stage === 'ongoing') setJustOngoing(slug);
        return person;
      } catch (e) {
        setError(message(e));
        return null;
      }
    },
    touch: async (slug, touch) => {
      try {
        return store(await api.logTouch(slug, touch));
      } catch (e) {
        setError(message(e));
        return null;
      }
    },
    draft: (slug, need) => setRoute({ tab: 'draft', slug, need }),
  };

  const select = (tab: TabId) => setRoute((r) => ({ ...r, tab }));
  const dueList = due.value ?? [];
  const pageSlug = tabSlug ?? pageTags.value?.slug ?? null;

  return (
    <div class="popup">
      <header class="top">
        <span class="brand" aria-hidden="true">
          ✦
        </span>
        <h1>Constellation</h1>
        {data ? (
          <span class="top-meta">
            {data.people.length} {data.people.length === 1 ? 'person' : 'people'} in your pipeline
          </span>
        ) : null}
      </header>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {data && pageSlug ? (
        <OnThisPage
          slug={pageSlug}
          person={data.people.find((p) => p.slug === pageSlug) ?? null}
          pageTags={pageTags.value?.slug === pageSlug ? pageTags.value : null}
          config={data.config}
          onDraft={actions.draft}
        />
      ) : null}
      <Tabs
        tabs={[
          { id: 'pipeline', label: 'Pipeline', badge: dueList.length },
          { id: 'draft', label: 'Draft' },
          { id: 'needs', label: 'Needs' },
        ]}
        active={route.tab}
        onSelect={select}
      >
        {!data ? (
          <p class="muted loading">{error ? '' : 'Loading…'}</p>
        ) : route.tab === 'pipeline' ? (
          <PipelineView
            api={api}
            data={data}
            due={dueList}
            now={now}
            justOngoing={justOngoing}
            onDismissAgreement={() => setJustOngoing(null)}
            actions={actions}
          />
        ) : route.tab === 'draft' ? (
          <DraftView
            api={api}
            data={data}
            pageSlug={pageSlug}
            pageTags={pageTags.value}
            slug={route.slug}
            need={route.need}
            now={now}
            actions={actions}
          />
        ) : (
          <NeedsView api={api} data={data} />
        )}
      </Tabs>
    </div>
  );
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
