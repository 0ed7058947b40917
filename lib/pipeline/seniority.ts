import { SENIORITIES, type Seniority } from '../domain';

// A rough reading of seniority from a headline or job title, enough for the pipeline's boldness
// shares (which need only "more senior than you or not"). The matcher has the full reading for tags.
const RULES: [RegExp, Seniority][] = [
  [
    /\b(chief|ceo|cto|cfo|coo|cmo|founder|co-founder|president|partner|vp|vice president|dean)\b/i,
    'executive',
  ],
  [/\b(director|head of|professor)\b/i, 'director'],
  [/\b(manager|principal investigator)\b/i, 'manager'],
  [/\b(lead|principal|staff|associate professor)\b/i, 'lead'],
  [/\b(senior|sr\.?|lecturer)\b/i, 'senior'],
  [/\b(intern|student|phd candidate|trainee)\b/i, 'student'],
  [/\b(junior|jr\.?|graduate|assistant)\b/i, 'early'],
];

export function guessSeniority(title: string | null | undefined): Seniority | null {
  if (!title) return null;
  for (const [pattern, level] of RULES) if (pattern.test(title)) return level;
  return null;
}

export function isMoreSenior(theirs: Seniority | null, mine: Seniority | ''): boolean | null {
  if (!theirs || !mine) return null;
  return SENIORITIES.indexOf(theirs) > SENIORITIES.indexOf(mine);
}
