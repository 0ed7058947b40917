import { useApi } from '../shared/ApiContext';
import { coverageState, NeedsWheel, STATE_TEXT } from './NeedsWheel';
import type { PopupData } from './popup-state';
import { useLoad } from './use-load';

export interface NeedsViewProps {
  data: PopupData;
}

/** Which needs now have someone, which are on the way, which are empty, and who carries too many. */
export function NeedsView({ data }: NeedsViewProps) {
  const api = useApi();
  const { value: map, error } = useLoad(() => api.needsMap(), data.version, data.version >= 0);
  const names = (slugs: string[], max = 3) => {
    const shown = slugs.slice(0, max).map((s) => map?.names[s] ?? s);
    return slugs.length > max ? `${shown.join(', ')} and ${slugs.length - max} more` : shown.join(', ');
  };
  if (!map)
    return error ? (
      <p class="error" role="alert">
        {error}
      </p>
    ) : (
      <p class="muted loading">Loading…</p>
    );
  const empty = map.needs.filter((r) => coverageState(r) === 'empty').length;
  return (
    <div class="needs-view">
      <div class="wheel-wrap">
        <NeedsWheel rows={map.needs} />
        <ul class="legend" aria-hidden="true">
          <li class="legend-item">
            <span class="swatch seg-covered" /> someone ongoing
          </li>
          <li class="legend-item">
            <span class="swatch seg-met" /> met already
          </li>
          <li class="legend-item">
            <span class="swatch seg-progress" /> in progress
          </li>
          <li class="legend-item">
            <span class="swatch seg-empty" /> nobody yet
          </li>
        </ul>
      </div>
      {map.warnings.map((w) => (
        <p key={w} class="warning" role="note" data-constellation="overloaded">
          {w}
        </p>
      ))}
      {empty ? (
        <p class="hint">
          {empty === 1 ? 'One need has' : `${empty} needs have`} nobody yet. Look for a different person for
          each: on LinkedIn, or among the connections you imported.
        </p>
      ) : null}
      <ol class="need-list" aria-label="Needs, as a list">
        {map.needs.map((r) => {
          const state = coverageState(r);
          return (
            <li key={r.id} data-need={r.id} data-state={state} class={`need-item need-${state}`}>
              <span class="need-name">{r.name}</span>
              <span class={`need-state state-${state}`}>{STATE_TEXT[state]}</span>
              <div class="muted small">
                {r.covered.length
                  ? `With ${names(r.covered)}`
                  : r.inProgress.length
                    ? `On the way: ${names(r.inProgress)}`
                    : state === 'met'
                      ? 'You marked it met in your needs map'
                      : 'Nobody yet'}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
