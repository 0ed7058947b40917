import { useState } from 'preact/hooks';
import type { Need, NeedId } from '../../lib/domain';
import { needName } from '../../lib/needs-catalog';
import { errorText, useApi } from '../shared/ApiContext';
import { useSaver } from '../shared/useSaver';
import { NeedCard } from './NeedCard';
import { replaceNeed, uniqueCustomId, withAllNeeds } from './need-list';

export type NeedsMapProps = { initial: Need[] };

type Pending = Record<string, Need>;
const mergePending = (older: Pending, newer: Pending): Pending => ({ ...older, ...newer });

export function NeedsMap({ initial }: NeedsMapProps) {
  const api = useApi();
  const [needs, setNeeds] = useState(() => withAllNeeds(initial));
  const [error, setError] = useState<string | null>(null);
  const saver = useSaver<Pending>('needs', (batch) => api.saveNeeds(Object.values(batch)), mergePending);

  const edit = (next: Need) => {
    setNeeds((old) => replaceNeed(old, next));
    saver.push({ [next.id]: next });
  };
  const commit = (next: Need) => {
    edit(next);
    void saver.flush();
  };
  const add = (name: string) => {
    const need: Need = {
      id: uniqueCustomId(
        name,
        needs.map((n) => n.id),
      ),
      name,
      status: 'unmet',
      ask: '',
      keywords: [],
    };
    setNeeds((old) => [...old, need]);
    saver.push({ [need.id]: need });
    void saver.flush();
  };
  const remove = async (id: NeedId) => {
    setError(null);
    try {
      // Anything still queued for this need must land first, or it would bring the need back.
      await saver.flush();
      await api.deleteNeed(id);
      setNeeds((old) => old.filter((need) => need.id !== id));
    } catch (e) {
      setError(`Could not delete: ${errorText(e)}`);
    }
  };

  const visible = needs.filter((need) => !need.hidden);
  const hidden = needs.filter((need) => need.hidden);
  const count = (status: Need['status']) => visible.filter((need) => need.status === status).length;

  return (
    <div class="needs-map" onFocusOut={() => void saver.flush()}>
      <p class="needs-summary" aria-live="polite">
        <span class="pill pill-unmet">{count('unmet')} unmet</span>
        <span class="pill pill-partly">{count('partly')} partly met</span>
        <span class="pill pill-met">{count('met')} met</span>
      </p>
      {error && (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {visible.length === 0 && (
        <p class="empty">Every need is hidden. Bring one back below, or add one of your own.</p>
      )}
      <div class="need-list">
        {visible.map((need) => (
          <NeedCard
            key={need.id}
            need={need}
            onEdit={edit}
            onCommit={commit}
            onDelete={need.id.startsWith('custom-') ? () => void remove(need.id) : undefined}
          />
        ))}
      </div>
      <AddNeed onAdd={add} />
      {hidden.length > 0 && (
        <section class="hidden-needs" aria-labelledby="hidden-needs-title">
          <h3 id="hidden-needs-title">Hidden needs</h3>
          <p class="help">Hidden needs are never used to tag people. Bring one back any time.</p>
          <ul>
            {hidden.map((need) => (
              <li key={need.id} data-need={need.id}>
                <span>{needName(need)}</span>
                <button
                  type="button"
                  class="btn btn-quiet"
                  onClick={() => commit({ ...need, hidden: false })}
                >
                  Unhide
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export type AddNeedProps = { onAdd(name: string): void };

/** Not a <form>: it also sits inside the first-run form, and forms cannot nest. */
export function AddNeed({ onAdd }: AddNeedProps) {
  const [name, setName] = useState('');
  const submit = () => {
    const trimmed = name.trim().replace(/\s+/g, ' ');
    if (!trimmed) return;
    onAdd(trimmed.slice(0, 200));
    setName('');
  };
  return (
    <div class="add-need">
      <label for="add-need-name">Add a need of your own</label>
      <div class="add-need-row">
        <input
          id="add-need-name"
          type="text"
          maxLength={200}
          value={name}
          placeholder="e.g. Writing in English for publication"
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              submit();
            }
          }}
        />
        <button type="button" class="btn" disabled={!name.trim()} onClick={submit}>
          Add need
        </button>
      </div>
    </div>
  );
}
