import type { Stage } from '../../lib/domain';
import { profileUrl } from '../../lib/linkedin-url';
import type { RankedCard } from '../../lib/rank-people';
import { STAGE_NAMES } from '../popup/pipeline-model';
import { usePersonActions } from './use-person-actions';

export interface ListRowProps {
  ranked: RankedCard;
  /** Their stage when already in the pipeline. */
  stage: Stage | null;
  needNames: Record<string, string>;
  onOpen: (slug: string) => void;
}

/** Tags shown per row: the strongest few, so a long list stays a list. */
const TOP_TAGS = 3;

/** One person on a list: name (opens their profile in the tab), top tags, one reason, save. */
export function ListRow({ ranked, stage, needNames, onOpen }: ListRowProps) {
  const { card, tags } = ranked;
  const act = usePersonActions(card.slug);
  const shown = tags.slice(0, TOP_TAGS);
  const saved = act.saved ?? stage;
  const name = card.name || card.slug;
  return (
    <li class="sp-row" data-slug={card.slug}>
      <div class="sp-row-main">
        <a
          class="sp-row-name"
          href={profileUrl(card.slug)}
          onClick={(event) => {
            // The side panel is not where the profile opens: the tab beside it is.
            event.preventDefault();
            onOpen(card.slug);
          }}
        >
          {name}
        </a>
        {card.headline ? <span class="sp-row-headline">{card.headline}</span> : null}
      </div>
      {shown.length ? (
        <ul class="sp-chips" aria-label={`Needs ${name} could meet`}>
          {shown.map((t) => (
            <li key={t.need} class="sp-chip" data-need={t.need} data-strength={String(t.strength)}>
              {needNames[t.need] ?? t.need}
            </li>
          ))}
        </ul>
      ) : (
        <p class="sp-row-reason sp-quiet">No open need of yours matched this card.</p>
      )}
      {shown[0]?.reasons[0] ? <p class="sp-row-reason">{shown[0].reasons[0]}</p> : null}
      <div class="sp-row-actions">
        {saved ? (
          <span class="sp-stage" data-stage={saved}>
            {STAGE_NAMES[saved]}
          </span>
        ) : (
          <button
            type="button"
            data-action="save"
            disabled={act.busy}
            aria-label={`Save ${name} to your pipeline`}
            onClick={() =>
              void act.save(
                { slug: card.slug, name: card.name, headline: card.headline, degree: card.degree },
                shown.map((t) => t.need),
              )
            }
          >
            Save
          </button>
        )}
        {act.problem ? (
          <span class="sp-status" role="alert">
            {act.problem}
          </span>
        ) : null}
      </div>
    </li>
  );
}
