import type { Person, UserConfig } from '../domain';
import { createMatcher } from '../match';
import type { NetworkSuggestion } from '../pipeline/types';

/**
 * "Already in your network": connections not yet in the pipeline whose position and company
 * suggest they could meet an unmet or partly met need. Read as cards: a CSV row carries no more
 * than a card does (name, headline, degree), and it needs no page visit at all.
 */
export function networkSuggestions(
  config: UserConfig,
  people: readonly Person[],
  limit: number,
): { total: number; suggestions: NetworkSuggestion[] } {
  const connections = people.filter((p) => p.inPipeline === false && p.degree === 1);
  const suggestions: (NetworkSuggestion & { best: number })[] = [];
  const matcher = createMatcher(config);
  for (const person of connections) {
    const match = matcher.card({
      slug: person.slug,
      name: person.name,
      headline: person.headline,
      degree: 1,
      tags: [],
    });
    const tags = match.tags.filter((t) => !person.rejected.includes(t.need));
    if (!tags.length) continue;
    suggestions.push({ person, tags, labels: match.labels, best: Math.max(...tags.map((t) => t.strength)) });
  }
  suggestions.sort((a, b) => b.best - a.best || a.person.name.localeCompare(b.person.name));
  return {
    total: connections.length,
    suggestions: suggestions.slice(0, Math.max(0, limit)).map(({ best: _best, ...s }) => s),
  };
}
