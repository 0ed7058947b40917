import type { NeedId, Person, UserConfig } from '../../lib/domain';
import type { PageTags } from '../../lib/page-report';
import { needLabel, STAGE_NAMES } from './pipeline-model';

export interface OnThisPageProps {
  slug: string;
  person: Person | null;
  /** What the page's content script reported (side-panel display): fresher than the saved tags. */
  pageTags: PageTags | null;
  config: UserConfig;
  onDraft: (slug: string, need?: NeedId) => void;
}

/** The profile in the active tab: its tags here too, as in the side panel. */
export function OnThisPage({ slug, person, pageTags, config, onDraft }: OnThisPageProps) {
  const labels = pageTags?.labels ?? person?.labels ?? [];
  const tags = (pageTags?.tags ?? person?.tags ?? [])
    .filter((t) => !person?.rejected.includes(t.need))
    .sort((a, b) => b.strength - a.strength)
    .slice(0, 4);
  return (
    <section
      class="card on-page"
      data-constellation="on-this-page"
      data-slug={slug}
      aria-labelledby="onpage-title"
    >
      <h2 id="onpage-title">On this page</h2>
      <div class="who">
        <span class="name">{person?.name || pageTags?.name || slug}</span>
        {person ? <span class="chip chip-stage">{STAGE_NAMES[person.stage]}</span> : null}
      </div>
      {tags.length ? (
        <ul class="page-tags">
          {tags.map((t) => (
            <li key={t.need} data-need={t.need} data-strength={t.strength.toFixed(2)}>
              <span class="chip">{needLabel(config.needs, t.need)}</span>
              {t.reasons[0] ? <span class="muted small"> {t.reasons[0]}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">
          {person || pageTags
            ? 'No open need of yours matched on this profile.'
            : config.settings.display === 'page'
              ? 'Not in your pipeline. Save them from the panel on the page.'
              : 'Not in your pipeline yet. Open the side panel to see their tags and save them.'}
        </p>
      )}
      {labels.length ? (
        <div class="chips">
          {labels.map((l) => (
            <span key={l} class="chip chip-label" data-label={l}>
              {l}
            </span>
          ))}
        </div>
      ) : null}
      <button
        type="button"
        class="primary small-btn"
        onClick={() => onDraft(slug, tags[0]?.need ?? person?.needs[0])}
      >
        Draft a request
      </button>
    </section>
  );
}
