import { useState } from 'preact/hooks';
import type { NeedId, Profile } from '../../lib/domain';
import { fieldWords } from '../../lib/field-words';
import type { TabPage } from '../../lib/page-report';
import { STAGE_NAMES } from '../popup/pipeline-model';
import { useApi } from '../shared/ApiContext';
import { LabelList } from './LabelList';
import { PeopleList } from './PeopleList';
import { TagItem } from './TagItem';
import { usePersonActions } from './use-person-actions';

export interface ProfileViewProps {
  page: TabPage;
  /** The profile as read, with a name (the unreadable case is the canary's). */
  profile: Profile & { name: string };
  needNames: Record<string, string>;
  onDraft: (slug: string, need?: NeedId) => void;
  onOpen: (slug: string) => void;
}

/** A profile: who, which unmet needs they could meet and why, and what the user can do next. */
export function ProfileView({ page, profile, needNames, onDraft, onOpen }: ProfileViewProps) {
  const api = useApi();
  const act = usePersonActions(profile.slug);
  const [others, setOthers] = useState(false);
  const tags = page.tags
    .filter((t) => !act.rejected.includes(t.need))
    .sort((a, b) => b.strength - a.strength);
  const confirmed = [...(page.person?.confirmed ?? []), ...act.confirmed];
  const stage = act.saved ?? page.person?.stage ?? null;
  const sideCards = page.report.cards.filter((c) => c.slug !== profile.slug);
  return (
    <>
      <section class="sp-card sp-profile" data-person={profile.slug} aria-labelledby="sp-person-name">
        <div class="sp-who">
          <h2 id="sp-person-name">{profile.name}</h2>
          {profile.headline ? <p class="sp-headline">{profile.headline}</p> : null}
          {stage ? (
            <p class="sp-stage" data-stage={stage}>
              In your pipeline: {STAGE_NAMES[stage]}
            </p>
          ) : null}
        </div>
        <LabelList labels={page.labels} />
        <h3 class="sp-subhead">Needs they could meet</h3>
        {tags.length ? (
          <ul class="sp-tags" aria-label="Needs this person could meet">
            {tags.map((tag) => (
              <TagItem
                key={tag.need}
                tag={tag}
                needName={needNames[tag.need] ?? tag.need}
                confirmed={confirmed.includes(tag.need)}
                busy={act.busy}
                onVerdict={(verdict) => void act.verdict(tag.need, verdict)}
              />
            ))}
          </ul>
        ) : (
          <p class="sp-note">
            None of your unmet needs matched what this page shows.{' '}
            <button type="button" class="sp-link" onClick={() => void api.openNeedsMap()}>
              Check your needs map
            </button>
          </p>
        )}
        {page.report.missing.length ? (
          <p class="sp-missing" data-constellation="missing">
            Not found on this page: {fieldWords(page.report.missing)}. Tags use what the page shows.
          </p>
        ) : null}
        <div class="sp-actions">
          <button
            type="button"
            class="primary"
            data-action="save"
            data-saved={String(!!stage)}
            disabled={act.busy}
            onClick={() =>
              void act.save(
                profile,
                tags.map((t) => t.need),
              )
            }
          >
            {stage ? `Saved · ${STAGE_NAMES[stage]}` : 'Save to pipeline'}
          </button>
          <button type="button" data-action="draft" onClick={() => onDraft(profile.slug, tags[0]?.need)}>
            Draft a request
          </button>
        </div>
        <p class="sp-status" role="status">
          {act.problem ?? ''}
        </p>
      </section>
      {sideCards.length ? (
        <section class="sp-card sp-others" aria-label="Others on this page">
          <button type="button" class="sp-link" aria-expanded={others} onClick={() => setOthers(!others)}>
            {others ? 'Hide the others on this page' : `Others on this page (${sideCards.length})`}
          </button>
          {/* Drawn only when asked for: the profile's own tags stay the only ones in view. */}
          {others ? <PeopleList page={page} cards={sideCards} needNames={needNames} onOpen={onOpen} /> : null}
        </section>
      ) : null}
    </>
  );
}
