import type { Person } from '../../lib/domain';
import type { FollowUp } from '../../lib/pipeline/follow-ups';
import type { NeedsMap } from '../../lib/pipeline/needs-coverage';
import { FollowUpList } from '../popup/FollowUpList';
import type { PopupActions } from '../popup/popup-state';
import { useApi } from '../shared/ApiContext';

export interface HomeViewProps {
  /** Why there is nothing to tag here, in a line. */
  lead: string;
  due: FollowUp[] | null;
  needsMap: NeedsMap | null;
  people: Person[];
  now: () => Date;
  actions: PopupActions;
}

/** Any page without people on it: what the pipeline needs next, never an empty box. */
export function HomeView({ lead, due, needsMap, people, now, actions }: HomeViewProps) {
  const api = useApi();
  const open = needsMap?.needs.filter((n) => n.status !== 'met') ?? [];
  const nobody = open.filter((n) => n.empty);
  return (
    <div class="sp-home" data-constellation="next-steps">
      <p class="sp-lead">{lead}</p>
      {due?.length ? (
        <FollowUpList
          due={due}
          people={new Map(people.map((p) => [p.slug, p]))}
          now={now}
          actions={actions}
        />
      ) : null}
      {needsMap && !open.length ? (
        <section class="sp-card">
          <h2>No open needs yet</h2>
          <p class="sp-note">
            Mark a need unmet or partly met in your needs map: Constellation then looks for people who could
            meet it on the profiles and lists you open.
          </p>
          <button type="button" class="primary" onClick={() => void api.openNeedsMap()}>
            Open your needs map
          </button>
        </section>
      ) : nobody.length ? (
        <section class="sp-card" data-constellation="needs-with-nobody" aria-labelledby="sp-nobody">
          <h2 id="sp-nobody">Needs with nobody yet</h2>
          <ul class="sp-nobody">
            {nobody.map((n) => (
              <li key={n.id} data-need={n.id}>
                {n.name}
              </li>
            ))}
          </ul>
          <p class="sp-note">Search LinkedIn for people who could meet these; their tags show here.</p>
        </section>
      ) : null}
      {due && needsMap && !due.length && open.length && !nobody.length ? (
        <p class="sp-note">No follow-ups due, and every open need has someone on the way.</p>
      ) : null}
    </div>
  );
}
