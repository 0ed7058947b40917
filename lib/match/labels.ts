import type { Label } from '../domain';
import { SENIORITY_NAME } from './seniority';
import type { Signals } from './signals';

/**
 * The four labels and the reason for each (PRODUCT.md): bold (outside the user's organisation and
 * more senior or beyond 1st degree), confidante (outside organisation and field), peer (same
 * level), reciprocal (the user offers something the person wants, or brings what they lack while
 * the person has what the user wants to learn).
 */
export function labelsFor(s: Signals, hasSkills: boolean): Partial<Record<Label, string>> {
  const out: Partial<Record<Label, string>> = {};
  const above = s.relative?.rel === 'more-senior';
  const far = s.degree !== null && s.degree >= 2;
  if (s.org === 'different' && (above || far)) {
    out.bold =
      above && far
        ? 'Outside your organisation, more senior, beyond your 1st-degree circle: a bold ask'
        : above
          ? 'Outside your organisation and more senior: a bold ask'
          : 'Outside your organisation and beyond your 1st-degree circle: a bold ask';
  }
  if (s.org === 'different' && s.field === 'different') {
    out.confidante = 'Outside your organisation and field: a possible confidante';
  }
  if (s.relative?.rel === 'peer' && s.level) out.peer = `${SENIORITY_NAME[s.level]}, like you: a peer`;
  const sought = s.offersSought[0];
  const lack = !sought && hasSkills ? s.offersMissing[0] : undefined;
  const want = lack ? s.wants.find((w) => w.full) : undefined;
  if (sought) out.reciprocal = `Mentions wanting '${sought.phrase.text}', which you offer`;
  else if (want && lack) {
    out.reciprocal = `Different strengths: they show '${want.phrase.text}', which you want to learn; you offer '${lack.text}', which they don't list`;
  }
  return out;
}
