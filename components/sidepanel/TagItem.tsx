import { useState } from 'preact/hooks';
import type { Tag } from '../../lib/domain';
import { clampStrength, strengthWord } from '../../lib/strength-words';

export interface TagItemProps {
  tag: Tag;
  needName: string;
  confirmed: boolean;
  busy: boolean;
  onVerdict: (verdict: 'confirm' | 'reject') => void;
}

/** One need this person could meet: its strength in a meter and a word, why, and the user's verdict. */
export function TagItem({ tag, needName, confirmed, busy, onVerdict }: TagItemProps) {
  const [open, setOpen] = useState(false);
  const value = clampStrength(tag.strength);
  const word = strengthWord(value);
  const reasons = open ? tag.reasons : tag.reasons.slice(0, 1);
  const more = tag.reasons.length - 1;
  return (
    <li class="sp-tag" data-need={tag.need} data-strength={String(tag.strength)}>
      <div class="sp-tag-head">
        <span class="sp-need">{needName}</span>
        <span class="sp-strength" data-band={word.replace(/ /g, '-')}>
          <meter
            min={0}
            max={1}
            low={0.5}
            high={0.75}
            optimum={1}
            value={value}
            aria-label={`Strength for ${needName}`}
            aria-valuetext={`${Math.round(value * 100)}%, ${word}`}
          />
          <span class="sp-word">{word}</span>
        </span>
      </div>
      {reasons.length ? (
        <ul class="sp-reasons">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
      <div class="sp-tag-foot">
        {more > 0 ? (
          <button type="button" class="sp-link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Fewer reasons' : more === 1 ? '1 more reason' : `${more} more reasons`}
          </button>
        ) : null}
        <span class="sp-verdict">
          <button
            type="button"
            data-action="confirm"
            aria-pressed={confirmed}
            aria-label={`Fits: ${needName}`}
            title="Fits: tags like this weigh more for you"
            disabled={busy}
            onClick={() => onVerdict('confirm')}
          >
            {confirmed ? '✓ Fits' : 'Fits'}
          </button>
          <button
            type="button"
            data-action="reject"
            aria-label={`Not this: ${needName}`}
            title="Not this: never shown for this person again"
            disabled={busy}
            onClick={() => onVerdict('reject')}
          >
            Not this
          </button>
        </span>
      </div>
    </li>
  );
}
