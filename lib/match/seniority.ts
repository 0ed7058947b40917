import { SENIORITIES, type Seniority } from '../domain';
import { words } from './text';

// Title words (folded: no accents, lower case) in English, German, French, Spanish and Portuguese.
const LEVEL_WORDS: [Seniority, string][] = [
  [
    'executive',
    'chief ceo cto cfo coo cmo cio cpo cdo ciso cro president presidente vp svp evp founder cofounder ' +
      'owner geschaftsfuhrer geschaftsfuhrerin vorstand vorstandin inhaber inhaberin grunder grunderin ' +
      'fondateur fondatrice pdg fundador fundadora socio socia',
  ],
  [
    'director',
    'director directora directeur directrice diretor diretora direktor direktorin partner avp ' +
      'abteilungsleiter abteilungsleiterin bereichsleiter bereichsleiterin niederlassungsleiter',
  ],
  [
    'manager',
    'manager managerin gerente gestor gestora responsable supervisor supervisora jefe jefa chef ' +
      'teamleiter teamleiterin gruppenleiter gruppenleiterin projektleiter projektleiterin leiter leiterin',
  ],
  ['lead', 'lead leader principal staff lider lidera professor professora professeur profesor profesora'],
  ['senior', 'senior sr'],
  [
    'early',
    'junior jr graduate trainee apprentice assistant associate azubi auszubildende auszubildender ' +
      'aspiring',
  ],
  [
    'student',
    'intern internship student studentin werkstudent werkstudentin praktikant praktikantin estagiario ' +
      'estagiaria becario becaria stagiaire etudiant etudiante estudiante estudante alumno alumna aluno ' +
      'aluna doktorand doktorandin undergraduate',
  ],
  [
    'mid',
    'engineer developer analyst consultant designer scientist specialist accountant researcher nurse ' +
      'teacher writer editor lawyer attorney coordinator officer advisor adviser architect ingenieur ' +
      'ingenieurin entwickler entwicklerin berater beraterin ingeniero ingeniera engenheiro engenheira ' +
      'desarrollador desenvolvedor analista consultor consultora developpeur analyste',
  ],
];
const LEVEL = new Map<string, Seniority>();
for (const [level, list] of LEVEL_WORDS) for (const w of list.split(' ')) LEVEL.set(w, level);

// "Senior Living Facilities", "Senior Care": the word names a market, not a rank.
const SENIOR_NOT = new Set(
  'living care citizen citizens housing home homes center centre community communities facility facilities residence residents health services adults population year'.split(
    ' ',
  ),
);
// "Product Manager" manages a product, not people.
const ROLE_MANAGER = new Set(
  'product project program programme account community case success office relationship social media'.split(
    ' ',
  ),
);
// "Product Owner" owns a backlog, not a business.
const OWNER_NOT = new Set(['product', 'process', 'data', 'service', 'system', 'risk', 'control']);
const PAST = new Set([
  'ex',
  'former',
  'formerly',
  'ehemalig',
  'ehemaliger',
  'ancien',
  'ancienne',
  'antiguo',
  'antigua',
  'antigo',
]);
// Where a title ends and an organisation begins.
const ORG_START = new Set(['at', 'bei', 'chez', 'en', 'na', 'em']);

const RANK = Object.fromEntries(SENIORITIES.map((s, i) => [s, i])) as Record<Seniority, number>;
const rank = (s: Seniority) => RANK[s];

function levelOfSegment(ws: string[]): Seniority | null {
  let best = -1;
  let bare = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const next = ws[i + 1];
    const prev = ws[i - 1];
    if (PAST.has(w)) return null;
    if (w === 'aspiring' || w === 'future') return 'early';
    // "Head of Research", "Marketing Head" run a function; "Head Chef" leads a team.
    if (w === 'head') {
      best = Math.max(best, RANK[next === 'of' || next === 'de' || next === undefined ? 'director' : 'lead']);
      continue;
    }
    let level = LEVEL.get(w);
    if (!level && w.length > 8 && (w.endsWith('leiter') || w.endsWith('leiterin'))) level = 'manager';
    if (!level) continue;
    if (w === 'senior' && next && SENIOR_NOT.has(next)) continue;
    if (w === 'owner' && prev && OWNER_NOT.has(prev)) continue;
    if (w === 'staff' && !(next && LEVEL.get(next) === 'mid')) continue;
    if (w === 'chef' && next !== 'de' && next !== 'd') continue;
    if (
      (w === 'associate' || w === 'assistant') &&
      next &&
      (next === 'vice' || (LEVEL.has(next) && LEVEL.get(next) !== 'mid'))
    )
      continue;
    if (w === 'manager' && prev === 'general') level = 'director';
    else if (w === 'manager' && prev && ROLE_MANAGER.has(prev)) level = 'mid';
    // "Assistant Vice President" (AVP) and "Associate Director" sit a step below the title's rank.
    if (w === 'president' && prev === 'vice' && (ws[i - 2] === 'assistant' || ws[i - 2] === 'associate')) {
      level = 'director';
    }
    if (level === 'director' && (prev === 'associate' || prev === 'assistant' || prev === 'deputy'))
      level = 'manager';
    if (level === 'lead' && w.startsWith('prof') && (prev === 'assistant' || prev === 'associate'))
      level = 'senior';
    // A bare job word ("Engineer") means mid-level only when nothing else in the title says more.
    if (level === 'mid') {
      bare = true;
      continue;
    }
    best = Math.max(best, RANK[level]);
    // "Managing Director", "Directeur général", "Director General": the top of the house.
    if (level === 'director' && (prev === 'managing' || next === 'general' || next === 'geral')) {
      best = RANK.executive;
    }
  }
  return best >= 0 ? SENIORITIES[best]! : bare ? 'mid' : null;
}

/** Seniority read from a title or headline, or null when it says nothing about rank. */
export function seniorityOf(title: string): Seniority | null {
  let best: Seniority | null = null;
  for (const segment of title.slice(0, 400).split(/[|·•,;/–—@]| - /)) {
    const ws = words(segment);
    const cut = ws.findIndex((w, i) => i > 0 && ORG_START.has(w));
    const level = levelOfSegment(cut > 0 ? ws.slice(0, cut) : ws);
    if (level && (!best || rank(level) > rank(best))) best = level;
  }
  return best;
}

export type Relative = 'more-senior' | 'peer' | 'junior';

/** How the person's level compares to the user's; null when either is unknown. */
export function relativeTo(
  self: Seniority | '',
  theirs: Seniority | null,
): { rel: Relative; gap: number } | null {
  const gap = rank(theirs as Seniority) - rank(self as Seniority);
  if (!Number.isFinite(gap)) return null;
  return { rel: gap > 0 ? 'more-senior' : gap === 0 ? 'peer' : 'junior', gap };
}

export const SENIORITY_NAME: Record<Seniority, string> = {
  student: 'Student',
  early: 'Early-career',
  mid: 'Mid-level',
  senior: 'Senior-level',
  lead: 'Lead-level',
  manager: 'Manager-level',
  director: 'Director-level',
  executive: 'Executive-level',
};
