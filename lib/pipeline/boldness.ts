import type { Person, SelfProfile } from '../domain';
import { seniorityOf } from '../match/seniority';
import { isInPipeline } from './in-pipeline';
import { isMoreSenior } from './more-senior';

export interface Share {
  /** People for whom it is true. */
  count: number;
  /** People for whom it is known. */
  known: number;
  /** count / known, 0 when nothing is known. */
  share: number;
}

export interface Boldness {
  total: number;
  outsideOrganization: Share;
  moreSenior: Share;
  beyondFirstDegree: Share;
  /** A nudge when the pipeline stays close to home; null otherwise. */
  nudge: string | null;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function share(values: (boolean | null)[]): Share {
  const known = values.filter((v) => v !== null).length;
  const count = values.filter((v) => v === true).length;
  return { count, known, share: known ? count / known : 0 };
}

/** Below this share on all three, the pipeline counts as close to home. */
export const CLOSE_TO_HOME = 1 / 3;
/** With fewer people the shares mean little: no nudge yet. */
export const MIN_PEOPLE_FOR_NUDGE = 3;

export function boldness(self: SelfProfile, people: readonly Person[]): Boldness {
  const pipeline = people.filter(isInPipeline);
  const org = norm(self.organization);
  const outside = pipeline.map((p) => {
    const company = norm(p.company || p.snapshot?.company || '');
    return !org || !company ? null : company !== org && !company.includes(org) && !org.includes(company);
  });
  const senior = pipeline.map((p) => {
    const title = p.snapshot?.experience?.[0]?.title ?? p.headline;
    return isMoreSenior(title ? seniorityOf(title) : null, self.seniority);
  });
  const beyond = pipeline.map((p) => (p.degree === null ? null : p.degree > 1));
  const result = {
    total: pipeline.length,
    outsideOrganization: share(outside),
    moreSenior: share(senior),
    beyondFirstDegree: share(beyond),
  };
  const homely = [result.outsideOrganization, result.moreSenior, result.beyondFirstDegree].every(
    (s) => s.share < CLOSE_TO_HOME,
  );
  const nudge =
    pipeline.length >= MIN_PEOPLE_FOR_NUDGE && homely
      ? 'Your pipeline stays close to home. Try one ask outside your organisation, one step more senior, or beyond your first-degree circle: people say yes more often than you expect.'
      : null;
  return { ...result, nudge };
}
