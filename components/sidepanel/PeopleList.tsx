import type { Card } from '../../lib/domain';
import type { TabPage } from '../../lib/page-report';
import { rankCards } from '../../lib/rank-people';
import { ListRow } from './ListRow';

export interface PeopleListProps {
  page: TabPage;
  /** The cards to rank: the whole list, or a profile's side cards. */
  cards: readonly Card[];
  needNames: Record<string, string>;
  /** The user's click on a person: their profile opens in the tab. */
  onOpen: (slug: string) => void;
}

/** The people on the page, best fit first (lib/rank-people.ts), each with their top tags. */
export function PeopleList({ page, cards, needNames, onOpen }: PeopleListProps) {
  const ranked = rankCards(cards, page.cards);
  return (
    <ol class="sp-people" data-constellation="page-people" aria-label="People on this page, best fit first">
      {ranked.map((r) => (
        <ListRow
          key={r.card.slug}
          ranked={r}
          stage={(Object.hasOwn(page.stages, r.card.slug) ? page.stages[r.card.slug] : null) ?? null}
          needNames={needNames}
          onOpen={onOpen}
        />
      ))}
    </ol>
  );
}
