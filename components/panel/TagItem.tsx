import { useState } from 'preact/hooks';
import type { Tag } from '../../lib/domain';
import { StrengthMeter } from './StrengthMeter';

export interface TagItemProps {
  tag: Tag;
  needName: string;
  confirmed: boolean;
  onConfirm: () => void;
  onReject: () => void;
}

/** One need this person could meet: strength, the strongest reason, the rest on request. */
export function TagItem({ tag, needName, confirmed, onConfirm, onReject }: TagItemProps) {
  const [open, setOpen] = useState(false);
  const reasons = open ? tag.reasons : tag.reasons.slice(0, 1);
  const more = tag.reasons.length - 1;
  return (
    <li class="tag" data-need={tag.need} data-strength={String(tag.strength)}>
      <div class="tag-head">
        <span class="need">{needName}</span>
        <StrengthMeter strength={tag.strength} />
      </div>
      {reasons.length ? (
        <ul class="reasons">
          {reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      ) : null}
      <div class="tag-foot">
        {more > 0 ? (
          <button type="button" class="more" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? 'Fewer reasons' : more === 1 ? '1 more reason' : `${more} more reasons`}
          </button>
        ) : null}
        <span class="verdict">
          <button
            type="button"
            class="small"
            data-action="confirm"
            aria-pressed={confirmed}
            aria-label={`Fits: ${needName}`}
            title="Fits: tags like this weigh more for you"
            onClick={onConfirm}
          >
            {confirmed ? '✓ Fits' : 'Fits'}
          </button>
          <button
            type="button"
            class="small"
            data-action="reject"
            aria-label={`Not this: ${needName}`}
            title="Not this: never shown for this person again"
            onClick={onReject}
          >
            Not this
          </button>
        </span>
      </div>
    </li>
  );
}
