import type { Need } from '../../lib/domain';
import { useApi } from '../shared/ApiContext';
import { needLabel } from './pipeline-model';
import type { PopupActions } from './popup-state';
import { useLoad } from './use-load';

export interface NetworkSuggestionsProps {
  needs: Need[];
  version: number;
  actions: PopupActions;
}

const SHOWN = 3;

/** Imported connections who could meet a need still open: asks that need no page visit at all. */
export function NetworkSuggestions({ needs, version, actions }: NetworkSuggestionsProps) {
  const api = useApi();
  const { value } = useLoad(() => api.listNetwork(SHOWN), version, version >= 0);
  if (!value?.suggestions.length) return null;
  return (
    <section class="card suggestions" data-constellation="network-suggestions" aria-labelledby="sugg-title">
      <h2 id="sugg-title">Already in your network</h2>
      <ul>
        {value.suggestions.map(({ person, tags }) => {
          const tag = [...tags].sort((a, b) => b.strength - a.strength)[0];
          return (
            <li key={person.slug} data-slug={person.slug}>
              <div class="sugg-main">
                <span class="name">{person.name || person.slug}</span>
                {tag ? <span class="muted"> · {needLabel(needs, tag.need)}</span> : null}
                {person.headline ? <div class="muted small clip">{person.headline}</div> : null}
              </div>
              <div class="row-actions">
                <button
                  type="button"
                  onClick={() =>
                    void actions.move(person.slug, 'identified', { needs: tag ? [tag.need] : [] })
                  }
                >
                  Add
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p class="muted small">From the {value.total} connections you imported.</p>
    </section>
  );
}
