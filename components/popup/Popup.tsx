import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Api, StageChange } from '../../lib/api';
import type { NeedId, OutreachEvent, Person, Stage, UserConfig } from '../../lib/domain';
import { followUpsDue } from '../../lib/pipeline/follow-ups';
import { DraftView } from './DraftView';
import { parseHash, profileSlug, type Route, type TabId } from './hash-route';
import { NeedsView } from './NeedsView';
import { OnThisPage } from './OnThisPage';
import { PipelineView } from './PipelineView';
import { Tabs } from './Tabs';
import './popup.css';

export interface PopupProps {
  api: Api;
  /** `location.hash` at open: `#draft?slug=…&need=…` preselects the Draft view. */
  hash?: string;
  /** The active tab's URL when the browser lets us read it (LinkedIn host permission), else null. */
  activeTabUrl?: () => Promise<string | null>;
  now?: () => Date;
}

export interface PopupData {
  config: UserConfig;
  people: Person[];
  /** Loaded after the first paint: the pipeline shows without them. */
  events: OutreachEvent[] | null;
}

export function Popup({ api, hash = '', activeTabUrl, now = () => new Date() }: PopupProps) {
  const [route, setRoute] = useState<Route>(() => parseHash(hash));
  const [data, setData] = useState<PopupData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pageSlug, setPageSlug] = useState<string | null>(null);
  const [justOngoing, setJustOngoing] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.getConfig(), api.listPeople()])
      .then(([config, people]) => {
        if (!live) return;
        setData({ config, people, events: null });
        // Events are the heavy part (thousands): fetched once the first screen is up.
        return api.listEvents().then((events) => live && setData((d) => d && { ...d, events }));
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    activeTabUrl?.()
      .then((url) => live && setPageSlug(profileSlug(url)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api, activeTabUrl]);

  const move = useCallback(
    async (slug: string, stage: Stage, change?: StageChange) => {
      try {
        const person = await api.moveStage(slug, stage, change);
        const event: OutreachEvent = {
          id: `local-${Date.now()}`,
          slug,
          stage,
          at: now().toISOString(),
          needs: change?.needs ?? person.needs,
          closedReason: change?.closedReason,
          channel: change?.channel,
        };
        setData(
          (d) =>
            d && {
              ...d,
              people: d.people.some((p) => p.slug === slug)
                ? d.people.map((p) => (p.slug === slug ? person : p))
                : [person, ...d.people],
              events: d.events && [...d.events, event],
            },
        );
        if (stage === 'ongoing') setJustOngoing(slug);
        setError(null);
        return person;
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return null;
      }
    },
    [api, now],
  );

  const select = (tab: TabId) => setRoute((r) => ({ ...r, tab }));
  const openDraft = (slug: string, need?: NeedId) => setRoute({ tab: 'draft', slug, need });

  const due = useMemo(
    () =>
      data?.events
        ? followUpsDue(data.people, data.events, { noReplyDays: data.config.settings.followUpDays }, now())
        : [],
    [data, now],
  );

  return (
    <div class="popup">
      <header class="top">
        <span class="brand" aria-hidden="true">
          ✦
        </span>
        <h1>Constellation</h1>
        {data ? (
          <span class="top-meta">
            {data.people.length} {data.people.length === 1 ? 'person' : 'people'}
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
          api={api}
          slug={pageSlug}
          person={data.people.find((p) => p.slug === pageSlug) ?? null}
          config={data.config}
          onDraft={openDraft}
        />
      ) : null}
      <Tabs
        tabs={[
          { id: 'pipeline', label: 'Pipeline', badge: due.length },
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
            due={due}
            now={now}
            justOngoing={justOngoing}
            onDismissAgreement={() => setJustOngoing(null)}
            onMove={move}
            onDraft={openDraft}
          />
        ) : route.tab === 'draft' ? (
          <DraftView
            api={api}
            data={data}
            pageSlug={pageSlug}
            slug={route.slug}
            need={route.need}
            now={now}
            onMove={move}
          />
        ) : (
          <NeedsView data={data} />
        )}
      </Tabs>
    </div>
  );
}
