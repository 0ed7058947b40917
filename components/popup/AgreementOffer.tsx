import type { Person } from '../../lib/domain';
import { useApi } from '../shared/ApiContext';
import { downloadText } from '../shared/download';
import { CopyButton } from './CopyButton';
import { useLoad } from './use-load';

export interface AgreementOfferProps {
  person: Person;
  onClose: () => void;
}

/** When a relationship turns ongoing: a one-page agreement both can keep, to copy or download. */
export function AgreementOffer({ person, onClose }: AgreementOfferProps) {
  const api = useApi();
  const { value: text, error } = useLoad(() => api.agreement(person.slug), person.slug);
  const name = person.name.trim() || person.slug;
  return (
    <section class="card agreement" data-constellation="agreement" aria-labelledby="agreement-title">
      <h2 id="agreement-title">{name} is now ongoing</h2>
      <p class="muted small">
        Put it on one page: goals and success, cadence, channel, confidentiality and a review date. Edit it
        together.
      </p>
      {error ? <p class="error">{error}</p> : null}
      <textarea readOnly rows={7} value={text ?? ''} aria-label="Mentoring agreement" />
      <div class="row-actions">
        <CopyButton text={text ?? ''} class="primary" />
        <button
          type="button"
          data-action="download-agreement"
          disabled={!text}
          onClick={() =>
            text && downloadText(text, `agreement-${person.slug}.txt`, 'text/plain;charset=utf-8')
          }
        >
          Download
        </button>
        <button type="button" class="link" onClick={onClose}>
          Not now
        </button>
      </div>
    </section>
  );
}
