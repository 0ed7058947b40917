import { useState } from 'preact/hooks';
import type { Need, Person, Stage } from '../../lib/domain';
import { PersonRow } from './PersonRow';
import { STAGE_NAMES } from './pipeline-model';
import { FIRST_ROWS, type PopupActions } from './popup-state';

export interface StageSectionProps {
  stage: Stage;
  /** The stage's rows loaded so far, most recent first. */
  people: Person[];
  /** Everyone in the stage (the store's count). */
  total: number;
  /** Asks the store for the stage's first `limit` rows. */
  onMore: (limit: number) => void;
  needs: Need[];
  now: () => Date;
  actions: PopupActions;
  /** The person who just became ongoing: their row offers the agreement. */
  agreementFor?: string | null;
  onDismissAgreement?: () => void;
}

/** Rows drawn per stage before "Show more": thousands of nodes would slow the popup's first paint. */
const MORE_ROWS = 40;

export function StageSection({
  stage,
  people,
  total,
  onMore,
  needs,
  now,
  actions,
  agreementFor,
  onDismissAgreement,
}: StageSectionProps) {
  const [shown, setShown] = useState(FIRST_ROWS);
  // A row added here before the store counted it still counts.
  const count = Math.max(total, people.length);
  const rest = count - shown;
  const showMore = () => {
    const next = shown + MORE_ROWS;
    setShown(next);
    if (people.length < Math.min(next, count)) onMore(next);
  };
  return (
    <section class={`stage stage-${stage}`} data-stage={stage} aria-labelledby={`stage-${stage}`}>
      <h2 id={`stage-${stage}`}>
        <span class="stage-dot" aria-hidden="true" />
        {STAGE_NAMES[stage]}
        <span class="count" data-count={count}>
          {count}
        </span>
      </h2>
      {people.length ? (
        <ul class="rows">
          {people.slice(0, shown).map((p) => (
            <PersonRow
              key={p.slug}
              person={p}
              needs={needs}
              now={now}
              actions={actions}
              offerAgreement={p.slug === agreementFor && p.stage === 'ongoing'}
              onDismissAgreement={onDismissAgreement}
            />
          ))}
        </ul>
      ) : null}
      {rest > 0 ? (
        <button type="button" class="link more" onClick={showMore}>
          Show {Math.min(rest, MORE_ROWS)} more of {rest}
        </button>
      ) : null}
    </section>
  );
}
