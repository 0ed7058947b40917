import { SENIORITIES, type Seniority } from '../domain';

/** null when either side is unknown: the share then counts only people whose level is known. */
export function isMoreSenior(theirs: Seniority | null, mine: Seniority | ''): boolean | null {
  if (!theirs || !mine) return null;
  return SENIORITIES.indexOf(theirs) > SENIORITIES.indexOf(mine);
}
