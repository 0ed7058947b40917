import { useRef, useState } from 'preact/hooks';
import type { Need } from '../../lib/domain';
import { isBuiltInNeed, NEED_CATALOG, needName } from '../../lib/needs-catalog';
import { StatusPicker } from '../shared/StatusPicker';
import { TagInput } from '../shared/TagInput';
import { askExample, requestExample } from './ask-examples';

export type NeedCardProps = {
  need: Need;
  /** A typed change (debounced by the caller). */
  onEdit(next: Need): void;
  /** A discrete change (status, rename, hide): the caller saves at once. */
  onCommit(next: Need): void;
  /** Custom needs only. */
  onDelete?(): void;
};

export function NeedCard({ need, onEdit, onCommit, onDelete }: NeedCardProps) {
  const [renaming, setRenaming] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const catalog = isBuiltInNeed(need.id) ? NEED_CATALOG[need.id] : null;
  const builtIn = catalog !== null;
  const title = needName(need);
  const hint = catalog?.hint ?? 'Your own need.';
  const base = `need-${need.id}`;

  return (
    <article
      class="need-card"
      data-need={need.id}
      data-status={need.status}
      aria-labelledby={`${base}-title`}
    >
      <header class="need-head">
        <div class="need-title">
          {renaming ? (
            <RenameField
              id={`${base}-rename`}
              initial={need.name ?? ''}
              placeholder={catalog?.name ?? title}
              onDone={(name) => {
                setRenaming(false);
                if (name === null) return;
                // Built-in: empty brings the catalogue name back. Custom: a name is required.
                if (!builtIn && !name) return;
                onCommit({ ...need, name: name || undefined });
              }}
            />
          ) : (
            <h3 id={`${base}-title`}>{title}</h3>
          )}
          <p class="help">
            {catalog && need.name ? `${catalog.name}: ` : ''}
            {hint}
          </p>
        </div>
        <StatusPicker
          name={`${base}-status`}
          legend={`How well is ${title} met today?`}
          value={need.status}
          onChange={(status) => onCommit({ ...need, status })}
        />
      </header>

      <div class="need-fields">
        <div class="field field-wide">
          <label for={`${base}-ask`}>Your specific ask</label>
          <textarea
            id={`${base}-ask`}
            rows={2}
            maxLength={2000}
            value={need.ask}
            placeholder={askExample(need.id)}
            onInput={(e) => onEdit({ ...need, ask: (e.currentTarget as HTMLTextAreaElement).value })}
          />
          <p class="help">What you need, described for yourself: the matcher looks for it.</p>
        </div>
        <div class="field field-wide">
          <label for={`${base}-request`}>Your first request, as you would say it</label>
          <textarea
            id={`${base}-request`}
            rows={2}
            maxLength={600}
            value={need.request ?? ''}
            placeholder={requestExample(need.id)}
            aria-describedby={`${base}-request-help`}
            onInput={(e) =>
              onEdit({ ...need, request: (e.currentTarget as HTMLTextAreaElement).value || undefined })
            }
          />
          <p class="help" id={`${base}-request-help`}>
            {need.request?.trim()
              ? 'Drafts carry this request word for word.'
              : 'Ask for something a person can say yes to, not for them to be a role. Left empty, drafts build a request from what you need.'}
          </p>
        </div>
        <TagInput
          id={`${base}-keywords`}
          label="Keywords to look for"
          values={need.keywords}
          placeholder="e.g. grant writing, clinical trials"
          onChange={(keywords) => onCommit({ ...need, keywords })}
        />
        <div class="field">
          <label for={`${base}-metby`}>Who meets it today</label>
          <input
            id={`${base}-metby`}
            type="text"
            maxLength={500}
            value={need.metBy ?? ''}
            placeholder={need.status === 'met' ? 'e.g. my former lab lead' : 'Nobody yet is a fine answer'}
            onInput={(e) => onEdit({ ...need, metBy: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
      </div>

      <footer class="need-actions">
        <button type="button" class="btn btn-quiet" onClick={() => setRenaming(true)} disabled={renaming}>
          Rename
        </button>
        <button type="button" class="btn btn-quiet" onClick={() => onCommit({ ...need, hidden: true })}>
          Hide
        </button>
        {onDelete &&
          (confirmDelete ? (
            <span class="confirm">
              <span>Delete “{title}” and its ask?</span>
              <button type="button" class="btn btn-danger" onClick={onDelete}>
                Delete
              </button>
              <button type="button" class="btn" onClick={() => setConfirmDelete(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button type="button" class="btn btn-quiet" onClick={() => setConfirmDelete(true)}>
              Delete
            </button>
          ))}
      </footer>
    </article>
  );
}

type RenameFieldProps = {
  id: string;
  initial: string;
  placeholder: string;
  /** The new name, or null when cancelled. */
  onDone(name: string | null): void;
};

function RenameField({ id, initial, placeholder, onDone }: RenameFieldProps) {
  const [value, setValue] = useState(initial);
  // Enter/Escape unmount the field, which may also blur it: answer once.
  const done = useRef(false);
  const finish = (name: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(name);
  };
  return (
    <div class="rename">
      <label for={id} class="visually-hidden">
        New name
      </label>
      <input
        id={id}
        type="text"
        maxLength={200}
        value={value}
        placeholder={placeholder}
        // biome-ignore lint/a11y/noAutofocus: the user just asked to rename; focus goes where they type.
        autoFocus
        onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') finish(value.trim());
          if (e.key === 'Escape') finish(null);
        }}
        onBlur={() => finish(value.trim())}
      />
    </div>
  );
}
