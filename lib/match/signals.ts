import type { Profile, Seniority } from '../domain';
import type { Compiled } from './compile';
import { type CueHit, type CueKind, readCues } from './cues';
import { compareField } from './field';
import { compareOrgs, type Same } from './organisation';
import { bestHit, findRun, type Hit, matchIn } from './phrase-match';
import type { Phrase } from './phrases';
import type { Field, Prepared, Where } from './profile-text';
import { type Reach, reachIn } from './reach';
import { type Relative, relativeTo, seniorityOf } from './seniority';
import { stem } from './stem';

/** What one profile says, compared with the user: computed once, shared by every need. */
export interface Signals {
  p: Prepared;
  level: Seniority | null;
  relative: { rel: Relative; gap: number } | null;
  /** Director rank or above, and above the user: the standing a sponsor needs. */
  standing: boolean;
  /** Founded or runs a community: a rank in it is no rank on anyone's career path. */
  groupFounder: boolean;
  org: Same;
  field: Same;
  degree: number | null;
  mutual: number;
  followers: number;
  manyConnections: boolean;
  /** Cues by kind, read from the headline, current role and About (./cues.ts). */
  cues: Map<CueKind, CueHit[]>;
  /** The goal's function and industry in their titles, About and skills (sponsorship). */
  readonly reach: Reach;
  readonly industry: Reach;
  /** The user's path words in their titles (role models). */
  readonly path: Reach;
  /** Says they lead people: "a team of six", "30 people", "my team". */
  readonly leadsPeople: boolean;
  readonly wants: Hit[];
  /** Offers the person mentions wanting or learning: the clearest reciprocity. */
  offersSought: Hit[];
  /** Offers the person's profile does not show: something the user could bring. */
  readonly offersMissing: Phrase[];
}

const SKILL_WEIGHTS = { skills: 1, headline: 0.9, title: 0.9, past: 0.6, about: 0.6 };
const CUES = new Set(
  'learning seeking looking aspiring interested curious exploring transitioning growing hiring improving lernen aprender aprendendo apprendre buscando procurando cherche suche'
    .split(' ')
    .map(stem),
);
const TITLES: Where[] = ['headline', 'title', 'past'];
const ALL: Where[] = ['headline', 'title', 'past', 'about', 'skills'];
const ALL_AND_ORG: Where[] = [...ALL, 'company'];
// "30 people", "a 60-person organisation", "team of eleven": a stated team.
const TEAM_SIZE =
  /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)[- ](people|person|strong|researchers|scientists|engineers|analysts|designers|modellers)\b|\bmy team\b|\bour team\b/i;
const FOUNDER = /\b(co-?)?found(er|ed)\b|\bgr(u|ü)nder|fundador|fondat/i;

function sought(offer: Phrase, p: Prepared): Hit | null {
  for (const where of ['headline', 'about'] as const) {
    const f = p.byWhere[where];
    // Word look-ups first: the text search runs only when every word of the offer is there.
    if (!f || !offer.stems.every((s) => f.stemSet.has(s))) continue;
    const at = findRun(f.stems, offer.needle);
    if (at < 0) continue;
    const before = f.stems
      .slice(Math.max(0, at - 80), at)
      .split(' ')
      .slice(-6);
    if (before.some((s) => CUES.has(s))) return { phrase: offer, where, score: 1, full: true, found: [] };
  }
  return null;
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

const cueFields = (p: Prepared): Field[] =>
  (['headline', 'title', 'about'] as const).map((w) => p.byWhere[w]).filter((f): f is Field => !!f);

export function readSignals(c: Compiled, profile: Profile, p: Prepared): Signals {
  const level = seniorityOf(p.title) ?? seniorityOf(p.headline);
  const relative = relativeTo(c.self?.seniority ?? '', level);
  const cues = readCues(cueFields(p));
  // A community's founder or organiser has no rank in anyone's organisation for it.
  const groupFounder =
    FOUNDER.test(`${p.title} ${p.headline}`) &&
    (cues.get('group') ?? []).some((h) => h.where === 'headline' || h.where === 'title');
  const top = level === 'director' || level === 'executive';
  const standing = top && !groupFounder && (!relative || relative.rel === 'more-senior');
  const hits = (phrases: Phrase[], weights: Partial<Record<Where, number>>) =>
    phrases.map((ph) => bestHit(ph, p.fields, weights)).filter((h): h is Hit => h !== null && h.score >= 0.1);
  const connections = profile.connections;
  const about = typeof profile.about === 'string' ? profile.about.slice(0, 3000) : '';
  // Reach is read only when a rule has got past its cheaper checks (rank, cues): most profiles never need it.
  let reach: Reach | undefined;
  let industry: Reach | undefined;
  let path: Reach | undefined;
  return {
    p,
    level,
    relative,
    standing,
    groupFounder,
    org: compareOrgs(c.self?.organization, p.company),
    field: compareField(typeof c.self?.field === 'string' ? c.self.field : '', p),
    degree: typeof profile.degree === 'number' ? profile.degree : null,
    mutual: num(profile.mutualConnections),
    followers: num(profile.followers),
    manyConnections: connections === '500+' || num(connections) >= 500,
    cues,
    get reach() {
      reach ??= reachIn(c.functionWords, p.fields, ALL);
      return reach;
    },
    get industry() {
      industry ??= reachIn(c.industry, p.fields, ALL_AND_ORG);
      return industry;
    },
    get path() {
      path ??= reachIn(c.pathWords, p.fields, TITLES);
      return path;
    },
    get leadsPeople() {
      return (cues.get('team')?.length ?? 0) > 0 || TEAM_SIZE.test(about);
    },
    // Read for the reciprocal label only, and only when nothing simpler gave it.
    get wants() {
      return hits(c.wants, SKILL_WEIGHTS);
    },
    offersSought: c.offers.map((o) => sought(o, p)).filter((h): h is Hit => h !== null),
    get offersMissing() {
      return c.offers.filter((o) => !p.fields.some((f) => matchIn(o, f)));
    },
  };
}
