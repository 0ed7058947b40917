import type { Label } from '../../lib/domain';
import { LABEL_WORDS } from '../../lib/label-words';

export interface LabelListProps {
  labels: readonly Label[];
}

/** Bold, confidante, peer, reciprocal: each in words, with why on hover and for screen readers. */
export function LabelList({ labels }: LabelListProps) {
  if (!labels.length) return null;
  return (
    <ul class="sp-labels" aria-label="Labels">
      {labels.map((label) => {
        const [text, why] = LABEL_WORDS[label] ?? [label, ''];
        return (
          <li key={label} class="sp-label" data-label={label} title={why}>
            {text}
            {why ? <span class="visually-hidden">: {why}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
