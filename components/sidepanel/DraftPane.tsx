import type { NeedId } from '../../lib/domain';
import type { PageTags } from '../../lib/page-report';
import { DraftView } from '../popup/DraftView';
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

/** The popup's drafter, inside the side panel: the user drafts beside the profile they are reading. */
export function DraftPane({ data, pageTags, slug, need, now, actions, onBack }: DraftPaneProps) {
  return (
    <section class="sp-card sp-draft" aria-labelledby="sp-draft-title">
      <div class="sp-draft-head">
        <h2 id="sp-draft-title">Draft a request</h2>
        <button type="button" class="sp-link" data-action="back" onClick={onBack}>
          ← Back to the page
        </button>
      </div>
      <DraftView
        key={`${slug}:${need ?? ''}`}
        data={data}
        pageSlug={pageTags?.slug ?? null}
        pageTags={pageTags}
        slug={slug}
        need={need}
        now={now}
        actions={actions}
      />
    </section>
  );
}
