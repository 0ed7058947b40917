import type { Card, Label, MatchResult, Tag } from './domain';

/** One person on a list, as the side panel ranks them. */
export interface RankedCard {
  card: Card;
  /** Strongest first. */
  tags: Tag[];
  labels: Label[];
  /** The strongest tag's strength (0 with none): what "best fit" sorts on first. */
  fit: number;
}

/** "Worth your attention" (lib/match): tags at or above it count as a second sort key. */
const WORTH = 0.5;

/**
 * The people on a page, best fit first: by their strongest tag, then by how many tags are worth a
 * look, then in page order (so equal people keep where LinkedIn put them). Each person once: a
 * card repeated on the page (a photo link and a name link) counts where it first appears.
 */
export function rankCards(
  cards: readonly Card[],
  tagged: Readonly<Record<string, MatchResult>>,
): RankedCard[] {
  const seen = new Set<string>();
  const ranked: (RankedCard & { at: number; worth: number })[] = [];
  cards.forEach((card, at) => {
    if (seen.has(card.slug)) return;
    seen.add(card.slug);
    const match = Object.hasOwn(tagged, card.slug) ? tagged[card.slug] : undefined;
    const tags = [...(match?.tags ?? [])].sort((a, b) => b.strength - a.strength);
    const worth = tags.filter((t) => t.strength >= WORTH).length;
    ranked.push({ card, tags, labels: match?.labels ?? [], fit: tags[0]?.strength ?? 0, at, worth });
  });
  ranked.sort((a, b) => b.fit - a.fit || b.worth - a.worth || a.at - b.at);
  return ranked.map(({ card, tags, labels, fit }) => ({ card, tags, labels, fit }));
}
