import { useState } from 'preact/hooks';
import { SENIORITIES, type SelfProfile, type Seniority } from '../../lib/domain';
import { useApi } from '../shared/ApiContext';
import { TagInput } from '../shared/TagInput';
import { keepMine, useIncoming, usePatchSaver } from '../shared/useFieldSaver';
import { FORMATS, SENIORITY_LABELS, TEXT_FIELDS } from './self-fields';

export type SelfProfileFormProps = { initial: SelfProfile };

export function SelfProfileForm({ initial }: SelfProfileFormProps) {
  const api = useApi();
  const [self, setSelf] = useState(initial);
  // Only the fields the user changed go to the store (issue 14): another tab's edits stay.
  const saver = usePatchSaver<SelfProfile>('self', (patch) => api.saveSelf(patch));
  useIncoming(initial, (theirs) => setSelf((old) => keepMine(theirs, old, saver.editing())));
  const edit = (patch: Partial<SelfProfile>, now = false) => {
    setSelf((old) => ({ ...old, ...patch }));
    saver.push(patch);
    if (now) void saver.flush();
  };

  return (
    <div class="self-form" onFocusOut={() => void saver.flush()}>
      <div class="form-grid">
        {TEXT_FIELDS.map(({ key, label, help, placeholder, long }) => {
          const id = `self-${key}`;
          const onInput = (e: Event) => edit({ [key]: (e.currentTarget as HTMLInputElement).value });
          return (
            <div class={long ? 'field field-wide' : 'field'} key={key}>
              <label for={id}>{label}</label>
              {long ? (
                <textarea
                  id={id}
                  rows={2}
                  maxLength={2000}
                  value={self[key]}
                  placeholder={placeholder}
                  aria-describedby={`${id}-help`}
                  onInput={onInput}
                />
              ) : (
                <input
                  id={id}
                  type="text"
                  maxLength={200}
                  value={self[key]}
                  placeholder={placeholder}
                  aria-describedby={`${id}-help`}
                  onInput={onInput}
                />
              )}
              <p class="help" id={`${id}-help`}>
                {help}
              </p>
            </div>
          );
        })}
        <div class="field">
          <label for="self-seniority">Seniority</label>
          <select
            id="self-seniority"
            value={self.seniority}
            aria-describedby="self-seniority-help"
            onChange={(e) =>
              edit({ seniority: (e.currentTarget as HTMLSelectElement).value as Seniority }, true)
            }
          >
            <option value="">Not set</option>
            {SENIORITIES.map((s) => (
              <option value={s} key={s}>
                {SENIORITY_LABELS[s]}
              </option>
            ))}
          </select>
          <p class="help" id="self-seniority-help">
            Lets Constellation point out who is more senior than you.
          </p>
        </div>
        <div class="field">
          <span class="label">LinkedIn account</span>
          <label class="check">
            <input
              type="checkbox"
              checked={self.premium}
              onChange={() => edit({ premium: !self.premium }, true)}
            />
            <span>I have Premium</span>
          </label>
          <p class="help">Premium allows longer connection notes, so drafts can say a little more.</p>
        </div>
        <div class="field-wide">
          <TagInput
            id="self-offers"
            label="What I can offer"
            values={self.offers}
            help="What you bring back: the other half of every ask."
            placeholder="e.g. R and survival analysis, reviewing grant drafts"
            onChange={(offers) => edit({ offers }, true)}
          />
        </div>
        <div class="field-wide">
          <TagInput
            id="self-wants"
            label="What I want to learn"
            values={self.wants}
            help="People who list these are worth a closer look."
            placeholder="e.g. grant writing, managing people"
            onChange={(wants) => edit({ wants }, true)}
          />
        </div>
        <fieldset class="field-wide formats">
          <legend>How I like to meet</legend>
          <div class="check-row">
            {FORMATS.map(({ value, label }) => (
              <label class="check" key={value}>
                <input
                  type="checkbox"
                  value={value}
                  checked={self.formats.includes(value)}
                  onChange={() =>
                    edit(
                      {
                        formats: self.formats.includes(value)
                          ? self.formats.filter((f) => f !== value)
                          : [...self.formats, value],
                      },
                      true,
                    )
                  }
                />
                <span>{label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </div>
  );
}
