import type { Need, NeedId, NeedStatus, Person } from '../domain';
import { needName } from '../needs-catalog';
import { isInPipeline } from './in-pipeline';

export interface NeedCoverage {
  id: NeedId;
  name: string;
  status: NeedStatus;
  /** People in 'ongoing' with this need: who covers it. */
  covered: string[];
  /** People on their way (identified … meeting). */
  inProgress: string[];
  /** Nobody covers it and nobody is on the way. */
  empty: boolean;
}

export interface NeedsMap {
  needs: NeedCoverage[];
  /** One line per person carrying too many needs at once. */
  warnings: string[];
  /** Display names of everyone listed above, by slug: the popup holds only some people. */
  names: Record<string, string>;
}

/** More than this many needs on one person is a single point of failure. */
export const MAX_NEEDS_PER_PERSON = 3;

export function needsCoverage(needs: readonly Need[], people: readonly Person[]): NeedsMap {
  const visible = needs.filter((n) => !n.hidden);
  const active = people.filter((p) => isInPipeline(p) && p.stage !== 'closed');
  const coverage = visible.map((need): NeedCoverage => {
    const withNeed = active.filter((p) => p.needs.includes(need.id) && !p.rejected.includes(need.id));
    const covered = withNeed.filter((p) => p.stage === 'ongoing').map((p) => p.slug);
    const inProgress = withNeed.filter((p) => p.stage !== 'ongoing').map((p) => p.slug);
    return {
      id: need.id,
      name: needName(need),
      status: need.status,
      covered,
      inProgress,
      empty: covered.length === 0 && inProgress.length === 0,
    };
  });
  const visibleIds = new Set(visible.map((n) => n.id));
  const warnings = active
    .filter((p) => p.stage === 'ongoing')
    .map((p) => ({ p, count: p.needs.filter((id) => visibleIds.has(id)).length }))
    .filter(({ count }) => count > MAX_NEEDS_PER_PERSON)
    .map(
      ({ p, count }) =>
        `${p.name || p.slug} carries ${count} of your needs: find someone else for one of them, so no single relationship holds everything.`,
    );
  const listed = new Set(coverage.flatMap((c) => [...c.covered, ...c.inProgress]));
  const names = Object.fromEntries(
    active.filter((p) => listed.has(p.slug)).map((p) => [p.slug, p.name || p.slug]),
  );
  return { needs: coverage, warnings, names };
}
