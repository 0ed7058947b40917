import { useState } from 'preact/hooks';
import type { Need, NeedId, NeedPatch } from '../../lib/domain';
import { needName } from '../../lib/needs-catalog';
import { errorText, useApi } from '../shared/ApiContext';
import { keepMine, useFieldSaver, useIncoming } from '../shared/useFieldSaver';
import { NeedCard } from './NeedCard';
import { changedFields, customNeed, replaceNeed, withAllNeeds } from './need-list';

export type NeedsMapProps = { initial: Need[] };

/** Per need id, the fields changed since the last save (issue 14: never the whole need). */
type Pending = Record<string, NeedPatch>;
function mergePending(older: Pending, newer: Pending): Pending {
  const out = { ...older };
  for (const [id, patch] of Object.entries(newer)) out[id] = { ...out[id], ...patch };
  return out;
}
const fieldsOf = (batch: Pending) =>
  Object.values(batch).flatMap((p) => Object.keys(p).map((k) => `${p.id}.${k}`));

export function NeedsMap({ initial }: NeedsMapProps) {
  const api = useApi();
  const [needs, setNeeds] = useState(() => withAllNeeds(initial));
  const [error, setError] = useState<string | null>(null);
  const saver = useFieldSaver<Pending>(
    'needs',
    (batch) => api.saveNeeds(Object.values(batch)),
    mergePending,
    fieldsOf,
  );
  // Another tab's change (or an import) arrives as a new `initial`: taken for every field this
  // tab is not still saving; a need added here and not saved yet stays.
  useIncoming(initial, (theirs) => {
    const editing = saver.editing();
    const mine = (id: string) => [...editing].some((f) => f.startsWith(`${id}.`));
    setNeeds((old) => {
      const stored = withAllNeeds(theirs).map((need) => {
        const here = old.find((n) => n.id === need.id);
        return here ? keepMine(need, here, editing, `${need.id}.`) : need;
      });
      return [...stored, ...old.filter((n) => mine(n.id) && !stored.some((t) => t.id === n.id))];
    });
  });

  const edit = (next: Need) => {
    const before = needs.find((need) => need.id === next.id);
    setNeeds((old) => replaceNeed(old, next));
    saver.push({ [next.id]: before ? changedFields(before, next) : next });
  };
  const commit = (next: Need) => {
    edit(next);
    void saver.flush();
  };
  const add = (name: string) => {
    const need = customNeed(name, needs);
    setNeeds((old) => [...old, need]);
    setError(null);
    // Saved on its own, not queued with the edits: refused (the needs cap, issue 14), it goes away
    // with the reason, and the edits queued behind it are not held up by it.
    void saver
      .flush()
      .then(() => api.saveNeeds([need]))
      .catch((e) => {
        setNeeds((old) => old.filter((n) => n.id !== need.id));
        setError(`Could not add “${name}”: ${errorText(e)}`);
      });
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
