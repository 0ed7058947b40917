import { useMemo } from 'preact/hooks';
import type { Person, SelfProfile } from '../../lib/domain';
import { boldness, type Share } from '../../lib/pipeline/boldness';

export interface BoldnessNudgeProps {
  people: Person[];
  self: SelfProfile;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** How far the asks reach; a nudge when they all stay close to home (PRODUCT.md: be bold). */
export function BoldnessNudge({ people, self }: BoldnessNudgeProps) {
  const b = useMemo(() => boldness(self, people), [people, self]);
  if (b.total === 0) return null;
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

function Meter({ label, share: { share, known } }: { label: string; share: Share }) {
  if (!known)
    return (
      <div class="meter unknown">
        <dt>{label}</dt>
        <dd class="muted">unknown</dd>
      </div>
    );
  return (
    <div class="meter">
      <dt>{label}</dt>
      <dd>
        <span class="bar" aria-hidden="true">
          <span style={{ width: pct(share) }} />
        </span>
        {pct(share)}
      </dd>
    </div>
  );
}
