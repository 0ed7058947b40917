import type { Card, MatchResult } from '../domain';
import type { ContentApi } from '../messages/content';
import { cardAnchors } from './card-anchor';
import { mountChips } from './chips-host';
import { addsProfileLinks } from './page-report';
import { onDomChange } from './wait-for';

export interface CardsJob {
  api: ContentApi;
  /** Tags for the cards (the page reported with them), by slug. */
  tag: (cards: Card[]) => Promise<Record<string, MatchResult>>;
  signal: AbortSignal;
  needNames: Record<string, string>;
  /** The chips' styles (PageUi.chipsCss). */
  css: string;
  /** The cards the page shows now (the reader). */
  readCards: () => Card[];
  /**
   * The link the reader read a card from (lib/reader/cards.ts cardLinkOf): passed in, as this
   * runs in the injected page display, which has no reader of its own.
   */
  linkOf: (card: Card) => Element | undefined;
  /** Cards already read with the page, for the first pass (a profile reads its side cards). */
  initial?: Card[];
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
  let initial = job.initial ?? null;

  const scan = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const cards = (initial ?? job.readCards()).filter((c) => !hosts.get(c.slug)?.isConnected);
        initial = null;
        const fresh = cards.filter((c) => !results.has(c.slug));
        if (fresh.length) {
          const tagged = await job.tag(fresh);
          for (const card of fresh) results.set(card.slug, tagged[card.slug] ?? { tags: [], labels: [] });
        }
        placeAll(cards);
      } while (again && !signal.aborted);
    } catch {
      // Chips are an extra: without the background there are none, and the page is untouched.
    } finally {
      running = false;
    }
  };

  const placeAll = (cards: Card[]) => {
    if (signal.aborted) return;
    const due = cards.filter(
      (c) => results.get(c.slug)?.tags.length && (mounts.get(c.slug) ?? 0) < MAX_MOUNTS_PER_CARD,
    );
    if (!due.length) return;
    const anchors = cardAnchors(document, due, job.linkOf);
    for (const card of due) {
      const anchor = anchors.get(card.slug);
      const result = results.get(card.slug);
      if (anchor && result) place(card, result, anchor);
    }
  };

  const place = (card: Card, result: MatchResult, anchor: Element) => {
    mounts.set(card.slug, (mounts.get(card.slug) ?? 0) + 1);
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
