import { useEffect, useState } from 'preact/hooks';
import { slugFromUrl } from '../../lib/linkedin-url';
import type { PagesApi } from '../../lib/messages/pages';
import { ApiProvider, useApi } from '../shared/ApiContext';
import { DraftView } from './DraftView';
import { parseHash, type Route, type TabId } from './hash-route';
import { NeedsView } from './NeedsView';
import { OnThisPage } from './OnThisPage';
import { OpenSidePanel } from './OpenSidePanel';
import { PipelineView } from './PipelineView';
import { usePopupData } from './popup-state';
import type { SidePanelOpener } from './side-panel-opener';
import { Tabs } from './Tabs';
import { usePopupActions } from './use-actions';
import { useLoad } from './use-load';
import './popup.css';

export interface PopupProps {
  api: PagesApi;
  /** `location.hash` at open: `#draft?slug=…&need=…` preselects the Draft view. */
  hash?: string;
  /** The active tab's URL when the browser lets us read it (LinkedIn host permission), else null. */
  activeTabUrl?: () => Promise<string | null>;
  now?: () => Date;
  /** Opens the browser's side panel on the user's click; null where the browser has none. */
  sidePanel?: SidePanelOpener | null;
}

const systemNow = () => new Date();

/** The popup: its views ask `api` for what they show, through the same provider as the options page. */
export function Popup({ api, ...props }: PopupProps) {
  return (
    <ApiProvider api={api}>
      <PopupBody {...props} />
    </ApiProvider>
  );
}

function PopupBody({ hash = '', activeTabUrl, now = systemNow, sidePanel = null }: Omit<PopupProps, 'api'>) {
  const api = useApi();
  const [route, setRoute] = useState<Route>(() => parseHash(hash));
  const { data, error, setError, store, add } = usePopupData(api);
  const [tabSlug, setTabSlug] = useState<string | null>(null);
  const [justOngoing, setJustOngoing] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    activeTabUrl?.()
      .then((url) => live && setTabSlug(slugFromUrl(url)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [activeTabUrl]);

  // The panel's draft button may reopen this page at another `#draft?…` without a reload.
  useEffect(() => {
    const onHash = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const version = data?.version ?? -1;
  // After the first screen: follow-ups and the other panels never hold the pipeline back.
  const due = useLoad(() => api.followUps(now().toISOString()), version, version >= 0);

  // Quiet mode: the content script reported the page's tags to the background instead of drawing them.
  const pageTags = useLoad(() => api.currentPageTags(), 0);

  const actions = usePopupActions(
    api,
    { store, setError },
    (slug, need) => setRoute({ tab: 'draft', slug, need }),
    (person) => person.stage === 'ongoing' && setJustOngoing(person.slug),
  );

  const select = (tab: TabId) => setRoute((r) => ({ ...r, tab }));
  const dueList = due.value ?? [];
  const pageSlug = tabSlug ?? pageTags.value?.slug ?? null;
  // The person on the page may be beyond the rows loaded: the store finds them by slug.
  const pagePerson = useLoad(
    () =>
      api
        .pipelinePage({ query: pageSlug ?? '', limit: 20 })
        .then((page) => page.people.find((p) => p.slug === pageSlug) ?? null),
    `${pageSlug}:${version}`,
    !!pageSlug && version >= 0,
  );
  const total = data ? Object.values(data.counts).reduce((a, b) => a + b, 0) : 0;

  return (
    <div class="popup">
      <header class="top">
        <span class="brand" aria-hidden="true">
          ✦
        </span>
        <h1>Constellation</h1>
        {data ? (
          <span class="top-meta">
            {total} {total === 1 ? 'person' : 'people'} in your pipeline
          </span>
        ) : null}
      </header>
      {sidePanel ? <OpenSidePanel opener={sidePanel} onOpened={() => window.close()} /> : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {data && pageSlug ? (
        <OnThisPage
          slug={pageSlug}
          person={data.people.find((p) => p.slug === pageSlug) ?? pagePerson.value ?? null}
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
            data={data}
            onMore={add}
            due={dueList}
            now={now}
            justOngoing={justOngoing}
            onDismissAgreement={() => setJustOngoing(null)}
            actions={actions}
          />
        ) : route.tab === 'draft' ? (
          <DraftView
            data={data}
            pageSlug={pageSlug}
            pageTags={pageTags.value}
            slug={route.slug}
            need={route.need}
            now={now}
            actions={actions}
          />
        ) : (
          <NeedsView data={data} />
        )}
      </Tabs>
    </div>
  );
}
