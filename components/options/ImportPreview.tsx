import { useEffect, useRef } from 'preact/hooks';
import type { NeedId } from '../../lib/domain';
import type { Effect, FieldChange } from '../../lib/import/backup-preview';
import { needName } from '../../lib/needs-catalog';

export type ImportPreviewProps = {
  fileName: string;
  message: string;
  changes: readonly FieldChange[];
  onReplace(): void;
  onKeepMine(): void;
  onCancel(): void;
};

const SELF_WORDS: Record<string, string> = {
  name: 'Your name',
  organization: 'Organisation',
  field: 'Field',
  seniority: 'Seniority',
  goal: 'Goal',
  success: 'What success looks like',
  offers: 'What you offer',
  wants: 'What you want',
  location: 'Location',
  formats: 'Meeting formats',
  premium: 'LinkedIn Premium',
};
const NEED_WORDS: Record<string, string> = {
  status: 'status',
  ask: 'what you need',
  request: 'first request',
  keywords: 'keywords',
  name: 'name',
  hidden: 'hidden',
  metBy: 'who meets it',
};
const SETTING_WORDS: Record<string, string> = {
  display: 'Where tags show',
  panelCollapsed: 'In-page panel collapsed',
  noteLimitFree: 'Connection-note limit, free account',
  noteLimitPremium: 'Connection-note limit, Premium',
  noteBudgetPerMonth: 'Personalised notes per month',
  followUpDays: 'Follow up after (days)',
  notifications: 'Follow-up reminders',
};

/** "needs.project-feedback.ask" → "Project Feedback: what you need". */
export function changeLabel(path: string): string {
  const [part, id = '', field] = path.split('.');
  if (part === 'self') return SELF_WORDS[id] ?? id;
  if (part === 'settings') return SETTING_WORDS[id] ?? id;
  const need = needName({ id: id as NeedId });
  return field ? `${need}: ${NEED_WORDS[field] ?? field}` : need;
}

const GROUPS: { effect: Effect; title: string }[] = [
  { effect: 'replaced', title: 'Replaced' },
  { effect: 'added', title: 'Added' },
  { effect: 'kept', title: 'Stays as you have it' },
];
/** A preview is read, not scrolled through: past this many lines a group says how many more. */
const SHOWN = 12;

const quoted = (v: string) => (v ? `“${v}”` : 'empty');

/**
 * Before a backup replaces what the user filled in (issue 14): what it adds, replaces and leaves,
 * and three ways on. Text only: every value came from a file and is never markup.
 */
export function ImportPreview({
  fileName,
  message,
  changes,
  onReplace,
  onKeepMine,
  onCancel,
}: ImportPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      class="notice import-preview"
      data-constellation="import-preview"
      aria-labelledby="import-preview-title"
    >
      <h4 id="import-preview-title" tabIndex={-1} ref={heading}>
        Importing {fileName}
      </h4>
      <p class="import-message">{message}</p>
      {GROUPS.map(({ effect, title }) => {
        const rows = changes.filter((c) => c.effect === effect);
        if (!rows.length) return null;
        return (
          <div key={effect} class="preview-group" data-effect={effect}>
            <h5>{title}</h5>
            <ul>
              {rows.slice(0, SHOWN).map((c) => (
                <li key={c.path}>
                  <span class="preview-field">{changeLabel(c.path)}</span>{' '}
                  {effect === 'replaced' && (
                    <>
                      {quoted(c.mine)} → {quoted(c.theirs)}
                    </>
                  )}
                  {effect === 'added' && quoted(c.theirs)}
                  {effect === 'kept' && quoted(c.mine)}
                </li>
              ))}
              {rows.length > SHOWN && <li>… and {rows.length - SHOWN} more</li>}
            </ul>
          </div>
        );
      })}
      <div class="preview-actions">
        <button type="button" class="btn btn-primary" data-action="keep-mine" onClick={onKeepMine}>
          Keep mine where it differs
        </button>
        <button type="button" class="btn" data-constellation="import-confirm" onClick={onReplace}>
          Replace
        </button>
        <button type="button" class="btn btn-quiet" data-action="cancel" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
