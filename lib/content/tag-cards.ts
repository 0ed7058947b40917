import type { Api } from '../api';
import type { Card, MatchResult } from '../domain';
import { cardAnchor } from './card-anchor';
import { mountChips } from './chips-host';
import { onDomChange } from './wait-for';

export interface CardsJob {
  api: Api;
  signal: AbortSignal;
  needNames: Record<string, string>;
  /** The chips' styles (PageUi.chipsCss). */
  css: string;
  /** The cards the page shows now (the reader). */
  readCards: () => Card[];
}

// A card LinkedIn re-renders gets its chips back once; after that the page wins.
const MAX_MOUNTS_PER_CARD = 2;

/**
 * Chips beside every person card: now, and again as LinkedIn adds cards (infinite lists, lazy side
 * cards). Each card is tagged once per page; a failure leaves cards without chips, quietly.
 */
export function tagCardsOnPage(job: CardsJob): void {
  const { signal } = job;
  const results = new Map<string, MatchResult>();
  const mounts = new Map<string, number>();
  const hosts = new Map<string, HTMLElement>();
  let running = false;
  let again = false;

  const scan = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const cards = job.readCards().filter((c) => !hosts.get(c.slug)?.isConnected);
        const fresh = cards.filter((c) => !results.has(c.slug));
        if (fresh.length) {
          const tagged = await job.api.tagCards(fresh);
          for (const card of fresh) results.set(card.slug, tagged[card.slug] ?? { tags: [], labels: [] });
        }
        for (const card of cards) place(card);
      } while (again && !signal.aborted);
    } catch {
      // Chips are an extra: without the background there are none, and the page is untouched.
    } finally {
      running = false;
    }
  };

  const place = (card: Card) => {
    const result = results.get(card.slug);
    const count = mounts.get(card.slug) ?? 0;
    if (signal.aborted || !result?.tags.length || count >= MAX_MOUNTS_PER_CARD) return;
    const anchor = cardAnchor(document, card.slug, card.name);
    if (!anchor) return;
    mounts.set(card.slug, count + 1);
    const host = mountChips(
      anchor,
      {
        slug: card.slug,
        name: card.name,
        tags: result.tags,
        labels: result.labels,
        needNames: job.needNames,
        saved: false,
        onSave: async () => {
          const top = [...result.tags].sort((a, b) => b.strength - a.strength).slice(0, 3);
          const profile = { slug: card.slug, name: card.name, headline: card.headline, degree: card.degree };
          await job.api.savePerson(
            profile,
            top.map((t) => t.need),
          );
        },
      },
      job.css,
      signal,
    );
    if (host) hosts.set(card.slug, host);
  };

  void scan();
  onDomChange(document.body, addsProfileLinks, () => void scan(), signal);
}

function addsProfileLinks(records: MutationRecord[]): boolean {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element) || node.hasAttribute('data-constellation')) continue;
      if (node.matches('a[href*="/in/"]') || node.querySelector('a[href*="/in/"]')) return true;
    }
  }
  return false;
}
