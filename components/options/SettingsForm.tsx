import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/domain';
import { useApi } from '../shared/ApiContext';
import { DisplayChoice } from '../shared/DisplayChoice';
import { keepMine, useIncoming, usePatchSaver } from '../shared/useFieldSaver';

export type SettingsFormProps = { initial: Settings; onSaved?(settings: Settings): void };

type NumberKey = 'noteLimitFree' | 'noteLimitPremium' | 'noteBudgetPerMonth' | 'followUpDays';

const NUMBERS: { key: NumberKey; label: string; help: string; min: number; max: number }[] = [
  {
    key: 'noteLimitFree',
    label: 'Connection-note limit, free account',
    help: 'Characters. 200 is what LinkedIn users report; LinkedIn publishes no figure.',
    min: 50,
    max: 1000,
  },
  {
    key: 'noteLimitPremium',
    label: 'Connection-note limit, Premium',
    help: 'Characters. 300 is what Premium users report.',
    min: 50,
    max: 1000,
  },
  {
    key: 'noteBudgetPerMonth',
    label: 'Personalised notes per month (free account)',
    help: 'About 5 on a free account. When they run out, drafts suggest connecting first and writing after.',
    min: 0,
    max: 1000,
  },
  {
    key: 'followUpDays',
    label: 'Follow up after (days)',
    help: 'A sent request with no reply becomes a follow-up after this many days.',
    min: 1,
    max: 365,
  },
];

/** A whole number in range, or null: a half-typed value is shown but never saved. */
export function parseSetting(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

export function SettingsForm({ initial, onSaved }: SettingsFormProps) {
  const api = useApi();
  const [settings, setSettings] = useState(initial);
  const [drafts, setDrafts] = useState<Partial<Record<NumberKey, string>>>({});
  const saver = usePatchSaver<Settings>('settings', async (patch) =>
    onSaved?.(await api.saveSettings(patch)),
  );
  // A change made elsewhere (another tab, an import) arrives as a new `initial` (issue 14): taken,
  // and a number's text follows it, for every setting this tab is not still saving.
  useIncoming(initial, (theirs) => {
    const editing = saver.editing();
    setSettings((old) => keepMine(theirs, old, editing));
    setDrafts((old) => {
      const next: typeof old = {};
      // Half-typed text is never saved, so it is never stale: it stays until the user finishes.
      for (const { key, min, max } of NUMBERS) {
        const text = old[key];
        if (text !== undefined && (editing.has(key) || parseSetting(text, min, max) === null))
          next[key] = text;
      }
      return next;
    });
  });
  const change = (patch: Partial<Settings>, now: boolean) => {
    setSettings((old) => ({ ...old, ...patch }));
    saver.push(patch);
    if (now) void saver.flush();
  };

  return (
    <div class="settings-form" onFocusOut={() => void saver.flush()}>
      <DisplayChoice
        idPrefix="settings"
        value={settings.display}
        onChange={(display) => change({ display }, true)}
      />
      <label class="check check-block">
        <input
          type="checkbox"
          checked={settings.notifications}
          onChange={() => change({ notifications: !settings.notifications }, true)}
        />
        <span>
          <strong>Follow-up reminders</strong>
          <span class="help">
            A browser notification when a follow-up is due. The badge count stays either way.
          </span>
        </span>
      </label>
      <div class="form-grid">
        {NUMBERS.map(({ key, label, help, min, max }) => {
          const id = `setting-${key}`;
          const text = drafts[key] ?? String(settings[key]);
          const valid = parseSetting(text, min, max) !== null;
          return (
            <div class="field" key={key}>
              <label for={id}>{label}</label>
              <input
                id={id}
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                step={1}
                value={text}
                aria-invalid={valid ? undefined : 'true'}
                aria-describedby={`${id}-help${valid ? '' : ` ${id}-error`}`}
                onInput={(e) => {
                  const value = (e.currentTarget as HTMLInputElement).value;
                  setDrafts((old) => ({ ...old, [key]: value }));
                  const parsed = parseSetting(value, min, max);
                  if (parsed !== null) change({ [key]: parsed }, false);
                }}
              />
              <p class="help" id={`${id}-help`}>
                {help}
              </p>
              {!valid && (
                <p class="field-error" id={`${id}-error`}>
                  Enter a whole number from {min} to {max}. The last valid value ({settings[key]}) is kept.
                </p>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
