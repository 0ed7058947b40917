import type { BuiltInNeedId, Need, NeedId, SelfProfile, UserConfig } from '../domain';
import { isBuiltInNeed, needName } from '../needs-catalog';
import { compilePhrase, type Phrase, phrasesFromText } from './phrases';

export interface CompiledNeed {
  id: NeedId;
  name: string;
  builtIn: BuiltInNeedId | null;
  /** Partly met needs count somewhat less than unmet ones. */
  factor: number;
  asks: Phrase[];
  keywords: Phrase[];
}

/** Everything about the user that does not depend on the profile: worked out once per config. */
export interface Compiled {
  self: SelfProfile;
  needs: CompiledNeed[];
  wants: Phrase[];
  offers: Phrase[];
  goal: Phrase[];
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

function compileNeed(need: Need): CompiledNeed {
  const builtIn = isBuiltInNeed(need.id) ? need.id : null;
  const keywords = list(need.keywords);
  // A custom need's own name is the best keyword it has ("Public speaking").
  if (!builtIn) keywords.push(...list([need.name ?? need.id.replace(/^custom-/, '').replace(/-/g, ' ')]));
  return {
    id: need.id,
    name: needName(need),
    builtIn,
    factor: need.status === 'partly' ? PARTLY_FACTOR : 1,
    asks: phrasesFromText(typeof need.ask === 'string' ? need.ask : ''),
    keywords,
  };
}

export function compile(config: UserConfig): Compiled {
  const self = config.self;
  const needs = (Array.isArray(config.needs) ? config.needs : [])
    .filter((n) => n && !n.hidden && (n.status === 'unmet' || n.status === 'partly'))
    .map(compileNeed);
  return {
    self,
    needs,
    wants: list(self?.wants),
    offers: list(self?.offers),
    goal: phrasesFromText(typeof self?.goal === 'string' ? self.goal : ''),
    weights: config.weights ?? {},
  };
}
