import { CHANNELS, type Channel, type Need, type NeedId, type Person } from '../../lib/domain';
import { needName } from '../../lib/needs-catalog';

export interface DraftPickersProps {
  people: Person[];
  /** The profile in the active tab, offered first even when not saved yet. */
  pageSlug: string | null;
  pageName: string | null;
  who: string;
  onWho: (slug: string) => void;
  needId: NeedId | '';
  /** The person's tagged needs first (marked ✓), then the rest. */
  needs: { need: Need; tagged: boolean }[];
  onNeed: (id: NeedId) => void;
  channel: Channel;
  onChannel: (channel: Channel) => void;
}

export const CHANNEL_NAMES: Record<Channel, string> = {
  'connection-note': 'Connection note',
  message: 'Message',
  inmail: 'InMail',
  email: 'Email',
};

/** Who, about what, and by which channel. */
export function DraftPickers(props: DraftPickersProps) {
  const { people, pageSlug, pageName, who, onWho, needId, needs, onNeed, channel, onChannel } = props;
  return (
    <>
      <div class="pickers">
        <label>
          <span class="picker-label">To</span>
          <select value={who} onChange={(e) => onWho(e.currentTarget.value)} data-picker="person">
            {pageSlug && !people.some((p) => p.slug === pageSlug) ? (
              <option value={pageSlug}>On this page: {pageName || pageSlug}</option>
            ) : null}
            {who !== pageSlug && !people.some((p) => p.slug === who) ? (
              <option value={who}>{who}</option>
            ) : null}
            {people.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.slug === pageSlug ? 'On this page: ' : ''}
                {p.name || p.slug}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="picker-label">About</span>
          <select value={needId} onChange={(e) => onNeed(e.currentTarget.value as NeedId)} data-picker="need">
            {needs.map(({ need: n, tagged }) => (
              <option key={n.id} value={n.id}>
                {needName(n)}
                {tagged ? ' ✓' : ''}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset class="channels">
        <legend class="sr-only">Channel</legend>
        {CHANNELS.map((c) => (
          <label key={c} class={c === channel ? 'checked' : ''}>
            <input
              type="radio"
              name="channel"
              class="sr-only"
              value={c}
              data-channel={c}
              checked={c === channel}
              onChange={() => onChannel(c)}
            />
            {CHANNEL_NAMES[c]}
          </label>
        ))}
      </fieldset>
    </>
  );
}
