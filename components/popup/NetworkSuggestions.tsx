import { useMemo } from 'preact/hooks';
import type { StageChange } from '../../lib/api';
import type { Need, NeedId, Person, Stage } from '../../lib/domain';
import { needLabel } from './pipeline-model';

export interface NetworkSuggestionsProps {
  people: Person[];
  needs: Need[];
  onDraft: (slug: string, need?: NeedId) => void;
  onMove: (slug: string, stage: Stage, change?: StageChange) => Promise<Person | null>;
}

const SHOWN = 3;

/** Imported connections whose tags meet a need still open: asks that need no page visit. */
export function networkSuggestions(people: readonly Person[], needs: readonly Need[]) {
  const open = new Set(needs.filter((n) => n.status !== 'met' && !n.hidden).map((n) => n.id));
  return people
    .filter((p) => p.inPipeline === false && p.source === 'connections-csv')
    .map((p) => {
      const best = p.tags
        .filter((t) => open.has(t.need) && !p.rejected.includes(t.need) && t.strength >= 0.5)
        .sort((a, b) => b.strength - a.strength)[0];
      return best ? { person: p, tag: best } : null;
    })
    .filter((s) => s !== null)
    .sort((a, b) => b.tag.strength - a.tag.strength);
}

export function NetworkSuggestions({ people, needs, onDraft, onMove }: NetworkSuggestionsProps) {
  const all = useMemo(() => networkSuggestions(people, needs), [people, needs]);
  if (!all.length) return null;
  return (
    <section class="card suggestions" data-constellation="network-suggestions" aria-labelledby="sugg-title">
      <h2 id="sugg-title">
        Already in your network <span class="count">{all.length}</span>
      </h2>
      <ul>
        {all.slice(0, SHOWN).map(({ person, tag }) => (
          <li key={person.slug} data-slug={person.slug}>
            <div>
              <span class="name">{person.name || person.slug}</span>
              <span class="muted"> could help with {needLabel(needs, tag.need)}</span>
              {tag.reasons[0] ? <div class="muted small">{tag.reasons[0]}</div> : null}
            </div>
            <div class="row-actions">
              <button
                type="button"
                onClick={() => void onMove(person.slug, 'identified', { needs: [tag.need] })}
              >
                Add
              </button>
              <button type="button" onClick={() => onDraft(person.slug, tag.need)}>
                Draft
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
