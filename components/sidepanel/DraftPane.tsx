import { useEffect, useState } from 'preact/hooks';
import type { NeedId } from '../../lib/domain';
import type { PageTags } from '../../lib/page-report';
import type { PopupActions, PopupData } from '../popup/popup-state';

export interface DraftPaneProps {
  data: PopupData;
  /** The person on the page (their fresh tags), when the draft is for them. */
  pageTags: PageTags | null;
  slug: string;
  need?: NeedId;
  now: () => Date;
  actions: PopupActions;
  onBack: () => void;
}

// The drafter and its coach are nearly half of the panel's code, and the panel's first render
// needs neither: they load on their own, fetched while the panel sits idle after it first shows a
// page (preloadDrafter), so a click on "Draft" rarely waits.
type Drafter = typeof import('../popup/DraftView');
let drafter: Drafter | null = null;
const loadDrafter = () => import('../popup/DraftView').then((m) => (drafter = m));

export function preloadDrafter(): void {
  loadDrafter().catch(() => undefined);
}

/** The popup's drafter, inside the side panel: the user drafts beside the profile they are reading. */
export function DraftPane({ data, pageTags, slug, need, now, actions, onBack }: DraftPaneProps) {
  const [loaded, setLoaded] = useState(drafter);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!loaded) loadDrafter().then(setLoaded, () => setFailed(true));
  }, [loaded]);
  let body = <p class="sp-note sp-loading">Loading the drafter…</p>;
  if (loaded)
    body = (
      <loaded.DraftView
        key={`${slug}:${need ?? ''}`}
        data={data}
        pageSlug={pageTags?.slug ?? null}
        pageTags={pageTags}
        slug={slug}
        need={need}
        now={now}
        actions={actions}
      />
    );
  else if (failed)
    body = (
      <p class="sp-error" role="alert">
        Constellation could not load its drafter (the extension may have just been updated). Close and reopen
        the side panel.
      </p>
    );
  return (
    <section class="sp-card sp-draft" aria-labelledby="sp-draft-title">
      <div class="sp-draft-head">
        <h2 id="sp-draft-title">Draft a request</h2>
        <button type="button" class="sp-link" data-action="back" onClick={onBack}>
          ← Back to the page
        </button>
      </div>
      {body}
    </section>
  );
}
