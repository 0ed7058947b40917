import type { StageChange } from '../../lib/api';
import type { NeedId, Person, Stage } from '../../lib/domain';
import type { FollowUp } from '../../lib/pipeline/follow-ups';

export interface FollowUpListProps {
  due: FollowUp[];
  people: Map<string, Person>;
  onMove: (slug: string, stage: Stage, change?: StageChange) => Promise<Person | null>;
  onDraft: (slug: string, need?: NeedId) => void;
}

const SHOWN = 5;

export function FollowUpList({ due, people, onMove, onDraft }: FollowUpListProps) {
  if (!due.length) return null;
  return (
    <section class="card followups" data-constellation="follow-ups" aria-labelledby="followups-title">
      <h2 id="followups-title">
        Follow-ups due <span class="count">{due.length}</span>
      </h2>
      <ul>
        {due.slice(0, SHOWN).map((f) => {
          const p = people.get(f.slug);
          if (!p) return null;
          return (
            <li key={`${f.slug}-${f.kind}-${f.dueAt}`} data-follow-up={f.kind} data-slug={f.slug}>
              <div>
                <span class="followup-text">{f.text}</span>
              </div>
              <div class="row-actions">
                {f.kind === 'no-reply' ? (
                  <>
                    <button type="button" onClick={() => onDraft(p.slug, p.needs[0])}>
                      Nudge
                    </button>
                    <button type="button" onClick={() => void onMove(p.slug, 'replied')}>
                      Replied
                    </button>
                  </>
                ) : (
                  <button type="button" onClick={() => onDraft(p.slug, p.needs[0])}>
                    Write
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {due.length > SHOWN ? (
        <p class="muted small">and {due.length - SHOWN} more in the stages below</p>
      ) : null}
    </section>
  );
}
