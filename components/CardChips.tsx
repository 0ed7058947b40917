import { useState } from 'preact/hooks';
import type { Label, Tag } from '../lib/domain';

export interface CardChipsProps {
  slug: string;
  name: string | null;
  /** Strongest first; only the first `max` are shown. */
  tags: Tag[];
  labels: Label[];
  /** Display name per need id: the user's own names for renamed and custom needs. */
  needNames: Record<string, string>;
  saved: boolean;
  /** Saves the person with the shown needs. */
  onSave: () => Promise<void>;
  max?: number;
}

/** A few need chips beside a person card; focus or hover explains, a click saves. */
export function CardChips(props: CardChipsProps) {
  const [saved, setSaved] = useState(props.saved);
  const [state, setState] = useState<'idle' | 'saving' | 'failed'>('idle');
  const shown = [...props.tags].sort((a, b) => b.strength - a.strength).slice(0, props.max ?? 3);
  if (!shown.length) return null;
  const who = props.name ?? 'this person';
  const save = async () => {
    if (state === 'saving') return;
    setState('saving');
    try {
      await props.onSave();
      setSaved(true);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    // A fieldset would do, but this group is no form: it is a row of labelled buttons.
    // biome-ignore lint/a11y/useSemanticElements: see above
    <span class="chips" role="group" aria-label={`Constellation: needs ${who} could meet`}>
      {shown.map((tag, i) => {
        const needName = props.needNames[tag.need] ?? tag.need;
        const tipId = `tip-${i}`;
        return (
          <span class="chip-wrap" key={tag.need}>
            <button
              type="button"
              class="chip"
              data-need={tag.need}
              data-strength={String(tag.strength)}
              data-strong={tag.strength >= 0.5 ? 'true' : 'false'}
              aria-describedby={tipId}
              aria-pressed={saved}
              onClick={save}
            >
              {needName}
            </button>
            <span class="tip" role="tooltip" id={tipId}>
              <strong>{needName}</strong>
              {tag.reasons.map((reason, j) => (
                <span class="reason" key={j}>
                  {reason}
                </span>
              ))}
              <span class="hint">
                {saved ? 'Saved to your pipeline.' : 'Click to save to your pipeline.'}
              </span>
            </span>
          </span>
        );
      })}
      {props.labels.slice(0, 2).map((label) => (
        <span class="label" data-label={label} key={label}>
          {label}
        </span>
      ))}
      <span class="state" role="status">
        {saved ? '✓ saved' : state === 'saving' ? 'saving…' : state === 'failed' ? 'not saved' : ''}
      </span>
    </span>
  );
}
