import type { Card, MatchResult, NeedId, Profile, UserConfig } from '../../lib/domain';

// A predictable matcher for store tests (the real one has its own tests): every unmet or partly
// met need whose first keyword appears in the headline is tagged, with that keyword as evidence.

function tagsFor(config: UserConfig, headline: string | null, rejected: NeedId[] = []) {
  const text = (headline ?? '').toLowerCase();
  return config.needs
    .filter((n) => n.status !== 'met' && !n.hidden && !rejected.includes(n.id))
    .filter((n) => n.keywords[0] && text.includes(n.keywords[0].toLowerCase()))
    .map((n) => ({
      need: n.id,
      strength: 0.7,
      reasons: [`mentions '${n.keywords[0]}'`],
      evidence: [n.keywords[0]!],
    }));
}

export function createMatcher(config: UserConfig) {
  const detailed = (p: Profile, rejected?: NeedId[]) => ({
    tags: tagsFor(config, p.headline, rejected),
    labels: ['bold' as const],
    labelReasons: {},
  });
  const strip = (m: ReturnType<typeof detailed>): MatchResult => ({
    tags: m.tags.map(({ evidence: _e, ...t }) => t),
    labels: m.labels,
  });
  return {
    profile: (p: Profile, rejected?: NeedId[]) => strip(detailed(p, rejected)),
    card: (c: Card) => strip({ tags: tagsFor(config, c.headline), labels: ['bold'], labelReasons: {} }),
    detailed,
  };
}
export const matchProfile = (config: UserConfig, p: Profile, rejected?: NeedId[]) =>
  createMatcher(config).profile(p, rejected);
export const matchDetailed = (config: UserConfig, p: Profile, rejected?: NeedId[]) =>
  createMatcher(config).detailed(p, rejected);
export const matchCard = (config: UserConfig, c: Card) => createMatcher(config).card(c);
