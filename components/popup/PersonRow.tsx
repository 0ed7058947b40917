import { useState } from 'preact/hooks';
import type { Need, OutreachEvent, Person, Stage } from '../../lib/domain';
import type { StageChange } from '../../lib/pipeline/types';
import { useApi } from '../shared/ApiContext';
import { AgreementOffer } from './AgreementOffer';
import { ADVANCE_LABEL, CLOSED_NAMES, NEXT_STAGE, needLabel, STAGE_NAMES, shortDate } from './pipeline-model';
import type { PopupActions } from './popup-state';

export interface PersonRowProps {
  person: Person;
  needs: Need[];
  now: () => Date;
  actions: PopupActions;
  /** Just became ongoing: offer the one-page agreement right here, where the row moved to. */
  offerAgreement?: boolean;
  onDismissAgreement?: () => void;
}

/** Keys on a focused row: a = advance, d = declined, n = no reply, Enter = details. */
export const ROW_KEYS = { advance: 'a', declined: 'd', noReply: 'n' } as const;

const quoteAttr = (s: string) => s.replace(/["\\]/g, '\\$&');

export function PersonRow({
  person,
  needs,
  now,
  actions,
  offerAgreement,
  onDismissAgreement,
}: PersonRowProps) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [history, setHistory] = useState<OutreachEvent[] | null>(null);
  const next = NEXT_STAGE[person.stage];
  const name = person.name.trim() || person.slug;

  const move = async (stage: Stage, change?: StageChange) => {
    const moved = await actions.move(person.slug, stage, change);
    if (!moved) return;
    if (open) void api.listEvents(person.slug).then(setHistory);
    // The row re-renders in its new stage: keep the keyboard user's place.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-person="${quoteAttr(person.slug)}"]`)?.focus(),
    );
  };
  const toggle = () => {
    if (!open) void api.listEvents(person.slug).then(setHistory, () => setHistory([]));
    setOpen(!open);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget || event.metaKey || event.ctrlKey || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === ROW_KEYS.advance && next) void move(next);
    else if (key === ROW_KEYS.declined && person.stage !== 'closed')
      void move('closed', { closedReason: 'declined' });
    else if (key === ROW_KEYS.noReply && person.stage !== 'closed')
      void move('closed', { closedReason: 'no-reply' });
    else if (key === 'enter') toggle();
    else return;
    event.preventDefault();
  };

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a focusable row carries the keyboard shortcuts
    <li class="person" data-person={person.slug} tabIndex={0} onKeyDown={onKeyDown} aria-label={name}>
      <div class="person-main">
        <div class="who">
          <span class="name">{name}</span>
          {person.degree ? <span class="degree">{ordinal(person.degree)}</span> : null}
          <span class="date" title="Last step">
            {shortDate(person.updatedAt, now())}
          </span>
        </div>
        {person.headline ? <div class="headline">{person.headline}</div> : null}
        <div class="chips">
          {person.stage === 'closed' && person.closedReason ? (
            <span class="chip chip-closed">{CLOSED_NAMES[person.closedReason]}</span>
          ) : null}
          {person.needs.map((id) => (
            <span key={id} class="chip" data-need={id}>
              {needLabel(needs, id)}
            </span>
          ))}
        </div>
      </div>
      <div class="person-actions">
        {next ? (
          <button
            type="button"
            class="advance"
            data-action="advance"
            title={`Mark as ${STAGE_NAMES[next].toLowerCase()} (key A)`}
            onClick={() => void move(next)}
          >
            {ADVANCE_LABEL[person.stage]} →
          </button>
        ) : null}
        <button
          type="button"
          class="icon"
          aria-expanded={open}
          aria-label={`More for ${name}`}
          title="History and more (Enter)"
          onClick={toggle}
        >
          ⋯
        </button>
      </div>
      {open ? (
        <div class="details">
          <ol class="history" aria-label="History">
            {(history ?? []).map((e) => (
              <li key={e.id}>
                <span class="date">{shortDate(e.at, now())}</span> {STAGE_NAMES[e.stage]}
                {e.closedReason ? ` (${CLOSED_NAMES[e.closedReason]})` : ''}
                {e.channel ? ` · ${e.channel}` : ''}
              </li>
            ))}
            {history === null ? <li class="muted">Loading…</li> : null}
          </ol>
          <div class="detail-actions">
            <button type="button" onClick={() => actions.draft(person.slug, person.needs[0])}>
              Draft
            </button>
            {person.stage !== 'closed' ? (
              <>
                <button
                  type="button"
                  data-action="decline"
                  onClick={() => void move('closed', { closedReason: 'declined' })}
                >
                  Declined
                </button>
                <button
                  type="button"
                  data-action="no-reply"
                  onClick={() => void move('closed', { closedReason: 'no-reply' })}
                >
                  No reply
                </button>
              </>
            ) : (
              <button type="button" data-action="reopen" onClick={() => void move('identified')}>
                Reopen
              </button>
            )}
          </div>
        </div>
      ) : null}
      {offerAgreement ? <AgreementOffer person={person} onClose={() => onDismissAgreement?.()} /> : null}
    </li>
  );
}

function ordinal(degree: number): string {
  return degree === 1 ? '1st' : degree === 2 ? '2nd' : '3rd+';
}
