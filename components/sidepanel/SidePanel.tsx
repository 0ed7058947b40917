import { useEffect, useMemo, useState } from 'preact/hooks';
import type { NeedId } from '../../lib/domain';
import { profileUrl } from '../../lib/linkedin-url';
import type { PagesApi } from '../../lib/messages/pages';
import { needNames } from '../../lib/need-names';
import type { PageTags } from '../../lib/page-report';
import { usePopupData } from '../popup/popup-state';
import { usePopupActions } from '../popup/use-actions';
import { useLoad } from '../popup/use-load';
import { ApiProvider, useApi } from '../shared/ApiContext';
import { DraftPane, preloadDrafter } from './DraftPane';
import { HomeView } from './HomeView';
import { PeopleList } from './PeopleList';
import { ProfileView } from './ProfileView';
import { shownFor } from './shown';
import type { SidePanelPort } from './side-panel-port';
import { Unread } from './Unread';
import { useTabView } from './use-tab-view';
import '../theme.css';
import '../popup/popup.css';
import './sidepanel.css';

export interface SidePanelProps {
  api: PagesApi;
  port: SidePanelPort;
  now?: () => Date;
}

const systemNow = () => new Date();
/** After the first render, long enough that the drafter's code never competes with it. */
const PRELOAD_DRAFTER_MS = 300;

/** The side panel: Constellation's main surface, beside the LinkedIn tab it follows. */
export function SidePanel({ api, port, now = systemNow }: SidePanelProps) {
  return (
    <ApiProvider api={api}>
      <Panel port={port} now={now} />
    </ApiProvider>
  );
}

function Panel({ port, now }: { port: SidePanelPort; now: () => Date }) {
  const api = useApi();
  const view = useTabView(api, port);
  const popup = usePopupData(api);
  const [draft, setDraft] = useState<{ slug: string; need?: NeedId } | null>(null);
  const actions = usePopupActions(api, popup, (slug, need) => setDraft({ slug, need }));
  const { data } = popup;
  const names = useMemo(() => needNames(data?.config.needs ?? []), [data?.config.needs]);
  const shown = shownFor(view);
  const version = data?.version ?? -1;
  const home = !draft && (shown.kind === 'home' || shown.kind === 'reading') && version >= 0;
  const due = useLoad(() => api.followUps(now().toISOString()), version, home);
  const needsMap = useLoad(() => api.needsMap(), version, home);
  const tabId = view.tab?.id;
  const open = (slug: string) => {
    if (tabId !== undefined) void port.openInTab(tabId, profileUrl(slug)).catch(() => undefined);
  };
  const error = view.error ?? popup.error;
  // Once the first page is drawn, the drafter's code is fetched while the panel is idle.
  const drawn = !!data && view.ready;
  useEffect(() => {
    if (!drawn) return;
    const later = setTimeout(preloadDrafter, PRELOAD_DRAFTER_MS);
    return () => clearTimeout(later);
  }, [drawn]);

  let body = <p class="sp-note sp-loading">Loading…</p>;
  if (data && draft) {
    const profile = shown.kind === 'profile' && shown.profile.slug === draft.slug ? shown : null;
    const pageTags: PageTags | null = profile
      ? {
          slug: profile.profile.slug,
          name: profile.profile.name,
          tags: profile.page.tags,
          labels: profile.page.labels,
        }
      : null;
    body = (
      <DraftPane
        data={data}
        pageTags={pageTags}
        {...draft}
        now={now}
        actions={actions}
        onBack={() => setDraft(null)}
      />
    );
  } else if (data && shown.kind === 'profile') {
    body = (
      <ProfileView
        key={shown.profile.slug}
        page={shown.page}
        profile={shown.profile}
        needNames={names}
        onDraft={(slug, need) => setDraft({ slug, need })}
        onOpen={open}
      />
    );
  } else if (data && shown.kind === 'list') {
    body = (
      <section class="sp-card sp-list" aria-labelledby="sp-list-title">
        <h2 id="sp-list-title">People on this page</h2>
        <p class="sp-note">Best fit for your open needs first. A name opens their profile in the tab.</p>
        <PeopleList page={shown.page} cards={shown.page.report.cards} needNames={names} onOpen={open} />
      </section>
    );
  } else if (data && shown.kind === 'unread') {
    body = <Unread tabId={shown.tabId} kind={shown.what} copy={port.copy} />;
  } else if (data && (shown.kind === 'home' || shown.kind === 'reading')) {
    const lead =
      shown.kind === 'reading'
        ? 'Reading this profile… Constellation reads a page as it loads; if nothing comes, reload the tab.'
        : shown.lead;
    body = (
      <HomeView
        lead={lead}
        due={due.value}
        needsMap={needsMap.value}
        people={data.people}
        now={now}
        actions={actions}
      />
    );
  }

  return (
    <div class="side-panel" data-constellation="side-panel" data-view={draft && data ? 'draft' : shown.kind}>
      <header class="sp-top">
        <span class="sp-mark" aria-hidden="true">
          ✦
        </span>
        <h1>Constellation</h1>
      </header>
      {error ? (
        <p class="sp-error" role="alert">
          {error}
        </p>
      ) : null}
      <main class="sp-main" aria-busy={!data || shown.kind === 'loading'}>
        {body}
      </main>
    </div>
  );
}
