import type { Share } from '../../lib/pipeline/boldness';
import { useApi } from '../shared/ApiContext';
import { useLoad } from './use-load';

export interface BoldnessNudgeProps {
  /** Reload when the pipeline changes. */
  version: number;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** How far the asks reach; a nudge when they all stay close to home (PRODUCT.md: be bold). */
export function BoldnessNudge({ version }: BoldnessNudgeProps) {
  const api = useApi();
  const { value: b } = useLoad(() => api.boldness(), version, version >= 0);
  if (!b || b.total === 0) return null;
  return (
    <section class={`card boldness${b.nudge ? ' nudge' : ''}`} data-constellation="boldness">
      <h2 class="sr-only">How bold your asks are</h2>
      <dl class="meters">
        <Meter label="Outside your org" share={b.outsideOrganization} />
        <Meter label="More senior" share={b.moreSenior} />
        <Meter label="Beyond 1st degree" share={b.beyondFirstDegree} />
      </dl>
      {b.nudge ? <p class="nudge-text">{b.nudge}</p> : null}
    </section>
  );
}

function Meter({ label, share: { share, known, count } }: { label: string; share: Share }) {
  return (
    <div
      class={`meter${known ? '' : ' unknown'}`}
      title={known ? `${count} of ${known} people` : 'Not known yet'}
    >
      <dt>{label}</dt>
      <dd>
        <span class="bar" aria-hidden="true">
          <span style={{ width: pct(share) }} />
        </span>
        {known ? pct(share) : '–'}
      </dd>
    </div>
  );
}
