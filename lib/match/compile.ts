import type { BuiltInNeedId, Need, NeedId, SelfProfile, Seniority, UserConfig } from '../domain';
import { isBuiltInNeed, needName } from '../needs-catalog';
import { aboutManaging, phrasesOf, specific, splitGoal } from './ask';
import { compilePhrase, type Phrase } from './phrases';
import { familyOf } from './reach';
import { seniorityOf } from './seniority';

export interface CompiledNeed {
  id: NeedId;
  name: string;
  builtIn: BuiltInNeedId | null;
  /** Partly met needs count somewhat less than unmet ones. */
  factor: number;
  /** The ask as the user wrote it, for reasons ("" when none). */
  ask: string;
  /** What the ask and keywords are about: their specific content phrases. */
  subject: Phrase[];
  /** Keywords as whole phrases: a custom need's evidence. */
  keywords: Phrase[];
  /** The ask is about managing people (professional development). */
  managing: boolean;
  /** Keywords as written, for organisation names ("Maple Trust Bank"). */
  rawKeywords: string[];
}

/** Everything about the user that does not depend on the profile: worked out once per config. */
export interface Compiled {
  self: SelfProfile;
  needs: CompiledNeed[];
  wants: Phrase[];
  offers: Phrase[];
  /** The goal's function and the user's field, with their neighbours: where a sponsor works. */
  functionWords: Phrase[];
  /** The user's own words for their path (field, goal, role-model ask): what a role model holds. */
  pathWords: Phrase[];
  /** Where the goal is (after "at": "a bank or fintech"). */
  industry: Phrase[];
  /** The least rank the goal names ("lead a team" → lead). */
  goalLevel: Seniority | null;
  goalText: string;
  weights: Record<string, number>;
}

export const PARTLY_FACTOR = 0.8;

function list(items: unknown): Phrase[] {
  if (!Array.isArray(items)) return [];
  const out: Phrase[] = [];
  for (const item of items.slice(0, 40)) {
    const p = typeof item === 'string' ? compilePhrase(item) : null;
    if (p && !out.some((q) => q.needle === p.needle)) out.push(p);
  }
  return out;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function compileNeed(need: Need): CompiledNeed {
  const builtIn = isBuiltInNeed(need.id) ? need.id : null;
  const keywords = list(need.keywords);
  // A custom need's own name is the best keyword it has ("Public speaking").
  if (!builtIn) keywords.push(...list([need.name ?? need.id.replace(/^custom-/, '').replace(/-/g, ' ')]));
  const ask = str(need.ask);
  const raw = strings(need.keywords).slice(0, 40);
  return {
    id: need.id,
    name: needName(need),
    builtIn,
    factor: need.status === 'partly' ? PARTLY_FACTOR : 1,
    ask,
    subject: phrasesOf([ask, ...raw]).filter(specific),
    keywords,
    managing: aboutManaging([ask, ...raw]),
    rawKeywords: raw,
  };
}

const merge = (...lists: Phrase[][]) => {
  const out: Phrase[] = [];
  for (const p of lists.flat()) if (!out.some((q) => q.needle === p.needle)) out.push(p);
  return out;
};

export function compile(config: UserConfig): Compiled {
  const self = config.self;
  const all = Array.isArray(config.needs) ? config.needs.filter((n) => n && typeof n === 'object') : [];
  const needs = all
    .filter((n) => !n.hidden && (n.status === 'unmet' || n.status === 'partly'))
    .map(compileNeed);
  const goalText = str(self?.goal);
  const goal = splitGoal(goalText);
  const field = str(self?.field);
  const askOf = (id: NeedId) => {
    const n = all.find((x) => x.id === id);
    return n ? [str(n.ask), ...strings(n.keywords)] : [];
  };
  const industry = phrasesOf([goal.where]).filter(specific);
  const isIndustry = (p: Phrase) => industry.some((q) => q.stems.some((s) => p.stems.includes(s)));
  const sponsorWords = phrasesOf(askOf('sponsorship')).filter((p) => !isIndustry(p));
  const fieldWords = phrasesOf([field, goal.what]);
  return {
    self,
    needs,
    wants: list(self?.wants),
    offers: list(self?.offers),
    functionWords: merge(fieldWords, familyOf(`${field} ${goal.what}`), sponsorWords),
    pathWords: merge(fieldWords, phrasesOf(askOf('role-models'))),
    industry,
    goalLevel: seniorityOf(goal.what) ?? seniorityOf(askOf('role-models')[0] ?? ''),
    goalText,
    weights: config.weights ?? {},
  };
}
