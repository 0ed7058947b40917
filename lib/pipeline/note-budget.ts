import type { OutreachEvent } from '../domain';
import { DAY_MS } from './time';

/** The window LinkedIn's monthly budget of personalised notes is counted over (locally, roughly). */
export const NOTE_WINDOW_DAYS = 30;

/**
 * Personalised connection notes the user marked sent in the 30 days up to `now`: the one count the
 * popup, the side panel and `npm run draft` all use. A note is a sent connection request with text
 * (a bare request spends nothing); follow-up touches are not notes. Dates are parsed, not compared
 * as strings, so an imported `+01:00` offset counts where it falls.
 */
export function notesSentInWindow(events: readonly OutreachEvent[], now: Date = new Date()): number {
  const to = now.getTime();
  const from = to - NOTE_WINDOW_DAYS * DAY_MS;
  let count = 0;
  for (const e of events) {
    if (e.stage !== 'sent' || e.channel !== 'connection-note' || e.kind || !e.text?.trim()) continue;
    const at = Date.parse(e.at);
    if (at > from && at <= to) count++;
  }
  return count;
}
