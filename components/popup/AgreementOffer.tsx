import { useMemo } from 'preact/hooks';
import type { OutreachEvent, Person, UserConfig } from '../../lib/domain';
import { mentoringAgreement } from '../../lib/pipeline/agreement';
import { CopyButton } from './CopyButton';
import { download } from './download';

export interface AgreementOfferProps {
  person: Person;
  config: UserConfig;
  events: readonly OutreachEvent[];
  now: () => Date;
  onClose: () => void;
}

/** When a relationship turns ongoing: a one-page agreement both can keep, to copy or download. */
export function AgreementOffer({ person, config, events, now, onClose }: AgreementOfferProps) {
  const text = useMemo(
    () => mentoringAgreement(config.self, person, config.needs, events, now()),
    [person, config, events, now],
  );
  const name = person.name.trim() || person.slug;
  return (
    <section class="card agreement" data-constellation="agreement" aria-labelledby="agreement-title">
      <h2 id="agreement-title">{name} is now ongoing</h2>
      <p class="muted small">
        Put it on one page: goals, cadence, channel, confidentiality and a review date. Edit it together.
      </p>
      <textarea readOnly rows={6} value={text} aria-label="Mentoring agreement" />
      <div class="row-actions">
        <CopyButton text={text} class="primary" />
        <button
          type="button"
          data-action="download-agreement"
          onClick={() => download(`agreement-${person.slug}.txt`, text, 'text/plain;charset=utf-8')}
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
