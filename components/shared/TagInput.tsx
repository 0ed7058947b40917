import { useState } from 'preact/hooks';

export type TagInputProps = {
  id: string;
  /** Visible label; the input is labelled by it. */
  label: string;
  values: string[];
  onChange(values: string[]): void;
  placeholder?: string;
  help?: string;
  /** Longest single entry; longer input is cut, not refused. */
  maxLength?: number;
  max?: number;
};

/** Splits typed text into entries: commas and new lines separate them (pasting a list works). */
export function splitEntries(text: string, maxLength = 500): string[] {
  return text
    .split(/[,\n;]/)
    .map((part) => part.trim().replace(/\s+/g, ' ').slice(0, maxLength))
    .filter(Boolean);
}

/** Adds entries, skipping ones already there (case-insensitive), keeping the user's order. */
export function addEntries(values: string[], added: string[], max = 200): string[] {
  const seen = new Set(values.map((v) => v.toLowerCase()));
  const next = [...values];
  for (const entry of added) {
    if (next.length >= max) break;
    if (seen.has(entry.toLowerCase())) continue;
    seen.add(entry.toLowerCase());
    next.push(entry);
  }
  return next;
}

/** A list of short entries as removable chips, plus a text box: Enter or comma adds, Backspace on empty removes the last. */
export function TagInput({
  id,
  label,
  values,
  onChange,
  placeholder,
  help,
  maxLength = 500,
  max = 200,
}: TagInputProps) {
  const [draft, setDraft] = useState('');
  const commit = (text: string) => {
    const entries = splitEntries(text, maxLength);
    if (entries.length) onChange(addEntries(values, entries, max));
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const input = event.currentTarget as HTMLInputElement;
    if (event.key === 'Enter' || (event.key === ',' && input.value.trim())) {
      event.preventDefault();
      commit(input.value);
    } else if (event.key === 'Backspace' && !input.value && values.length) {
      onChange(values.slice(0, -1));
    }
  };
  const helpId = help ? `${id}-help` : undefined;
  return (
    <div class="tag-input">
      <label for={id}>{label}</label>
      {help && (
        <p class="help" id={helpId}>
          {help}
        </p>
      )}
      <div class="tag-input-box">
        {values.length > 0 && (
          <ul class="chips" aria-label={`${label}, added`}>
            {values.map((value, index) => (
              <li class="chip" key={`${index}:${value}`}>
                <span class="chip-text">{value}</span>
                <button
                  type="button"
                  class="chip-remove"
                  aria-label={`Remove ${value}`}
                  onClick={() => onChange(values.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          type="text"
          value={draft}
          placeholder={values.length ? 'Add another…' : placeholder}
          aria-describedby={helpId}
          onInput={(event) => {
            const value = (event.currentTarget as HTMLInputElement).value;
            // Typed or dropped text with separators in the middle becomes several chips at once.
            if (value.includes(';') || (value.includes(',') && !value.endsWith(','))) commit(value);
            else setDraft(value);
          }}
          onPaste={(event) => {
            // A text box drops line breaks from pasted text, so a pasted list is split here.
            const pasted = event.clipboardData?.getData('text') ?? '';
            if (!/[\n,;]/.test(pasted)) return;
            event.preventDefault();
            commit(`${draft},${pasted}`);
          }}
          onKeyDown={onKeyDown}
          onBlur={(event) => commit((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
    </div>
  );
}
