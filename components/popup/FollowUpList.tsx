import { useState } from 'preact/hooks';
import type { Person } from '../../lib/domain';
import type { FollowUp } from '../../lib/pipeline/follow-ups';
import type { PopupActions } from './popup-state';

export interface FollowUpListProps {
  due: FollowUp[];
  people: Map<string, Person>;
  now: () => Date;
  actions: PopupActions;
}

const SHOWN = 5;

/** What is due, oldest first: each with the step that clears it, logged without changing the stage. */
export function FollowUpList({ due, people, now, actions }: FollowUpListProps) {
  if (!due.length) return null;
  return (
    <section class="card followups" data-constellation="follow-ups" aria-labelledby="followups-title">
      <h2 id="followups-title">
        Follow-ups due <span class="count">{due.length}</span>
      </h2>
      <ul>
        {due.slice(0, SHOWN).map((f) => (
          <FollowUpItem
            key={`${f.slug}-${f.kind}`}
            due={f}
            person={people.get(f.slug)}
            now={now}
            actions={actions}
          />
        ))}
      </ul>
      {due.length > SHOWN ? <p class="muted small">and {due.length - SHOWN} more</p> : null}
    </section>
  );
}

interface FollowUpItemProps {
  due: FollowUp;
  person: Person | undefined;
  now: () => Date;
  actions: PopupActions;
}

function FollowUpItem({ due, person, now, actions }: FollowUpItemProps) {
  const week = new Date(now().getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
  const [date, setDate] = useState(week);
  const need = person?.needs[0];
  return (
    <li class="followup" data-follow-up={due.kind} data-slug={due.slug}>
      <span class="followup-text">{due.text}</span>
      <div class="row-actions">
        {due.kind === 'no-reply' ? (
          <>
            <button type="button" onClick={() => actions.draft(due.slug, need)}>
              Write
            </button>
            <button type="button" onClick={() => void actions.touch(due.slug, { kind: 'follow-up' })}>
              Followed up
            </button>
            <button type="button" onClick={() => void actions.move(due.slug, 'replied')}>
              Replied
            </button>
          </>
        ) : due.kind === 'thank-you' ? (
          <button type="button" onClick={() => void actions.touch(due.slug, { kind: 'thank-you' })}>
            Thanked
          </button>
        ) : (
          <>
            <label class="sr-only" for={`next-${due.slug}`}>
              Next date with {due.name}
            </label>
            <input
              id={`next-${due.slug}`}
              type="date"
              value={date}
              onInput={(e) => setDate(e.currentTarget.value)}
            />
            <button
              type="button"
              disabled={!date}
              onClick={() =>
                void actions.touch(due.slug, {
                  kind: 'next-date',
                  nextAt: new Date(`${date}T09:00:00`).toISOString(),
                })
              }
            >
              Set
            </button>
          </>
        )}
      </div>
    </li>
  );
}
