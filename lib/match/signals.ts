import type { BuiltInNeedId, Profile, Seniority } from '../domain';
import type { Compiled } from './compile';
import { compareField } from './field';
import { compareOrgs, type Same } from './organisation';
import { bestHit, findRun, type Hit, matchIn } from './phrase-match';
import type { Phrase } from './phrases';
import type { Prepared, Where } from './profile-text';
import { rolesIn } from './roles';
import { type Relative, relativeTo, seniorityOf } from './seniority';
import { stem } from './stem';

export interface RoleHit {
  role: string;
  where: Where;
  /** Named in the headline or current role, not in passing. */
  strong: boolean;
}

/** What one profile says, compared with the user: computed once, shared by every need. */
export interface Signals {
  level: Seniority | null;
  relative: { rel: Relative; gap: number } | null;
  org: Same;
  field: Same;
  degree: number | null;
  mutual: number;
  followers: number;
  manyConnections: boolean;
  wants: Hit[];
  goal: Hit[];
  /** Offers the person mentions wanting or learning: the clearest reciprocity. */
  offersSought: Hit[];
  /** Offers the person's profile does not show: something the user could bring. */
  offersMissing: Phrase[];
  /** Per need, the most telling role words, best first (at most two). */
  roles: Map<BuiltInNeedId, RoleHit[]>;
}

const SKILL_WEIGHTS = { skills: 1, headline: 0.9, title: 0.9, past: 0.6, about: 0.6 };
const GOAL_WEIGHTS = { headline: 1, title: 1, past: 0.6 };
const CUES = new Set(
  'learning seeking looking aspiring interested curious exploring transitioning growing hiring improving lernen aprender aprendendo apprendre buscando procurando cherche suche'
    .split(' ')
    .map(stem),
);

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

export function readSignals(c: Compiled, profile: Profile, p: Prepared): Signals {
  const level = seniorityOf(p.title) ?? seniorityOf(p.headline);
  const roles = new Map<BuiltInNeedId, RoleHit[]>();
  // Fields come headline first, so strong hits come first.
  for (const f of p.fields) {
    if (f.where === 'skills') continue;
    const strong = f.where === 'headline' || f.where === 'title';
    for (const { role, needs } of rolesIn(f)) {
      for (const need of needs) {
        const had = roles.get(need) ?? [];
        if (had.length >= 2 || had.some((h) => h.role === role)) continue;
        had.push({ role, where: f.where, strong });
        roles.set(need, had);
      }
    }
  }
  const hits = (phrases: Phrase[], weights: Partial<Record<Where, number>>) =>
    phrases.map((ph) => bestHit(ph, p.fields, weights)).filter((h): h is Hit => h !== null && h.score >= 0.1);
  const offersSought = c.offers.map((o) => sought(o, p)).filter((h): h is Hit => h !== null);
  const connections = profile.connections;
  return {
    level,
    relative: relativeTo(c.self?.seniority ?? '', level),
    org: compareOrgs(c.self?.organization, p.company),
    field: compareField(typeof c.self?.field === 'string' ? c.self.field : '', p),
    degree: typeof profile.degree === 'number' ? profile.degree : null,
    mutual: num(profile.mutualConnections),
    followers: num(profile.followers),
    manyConnections: connections === '500+' || num(connections) >= 500,
    wants: hits(c.wants, SKILL_WEIGHTS),
    goal: hits(c.goal, GOAL_WEIGHTS),
    offersSought,
    offersMissing: c.offers.filter((o) => !p.fields.some((f) => matchIn(o, f))),
    roles,
  };
}
