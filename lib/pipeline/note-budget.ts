import type { OutreachEvent } from '../domain';
import { DAY_MS } from './time';

/** The window LinkedIn's monthly budget of personalised notes is counted over (locally, roughly). */
export const NOTE_WINDOW_DAYS = 30;

/** Personalised connection notes the user marked sent in the last 30 days. */
export function notesSentInWindow(events: readonly OutreachEvent[], now: Date): number {
  const from = new Date(now.getTime() - NOTE_WINDOW_DAYS * DAY_MS).toISOString();
  const to = now.toISOString();
  return events.filter(
    (e) => e.stage === 'sent' && e.channel === 'connection-note' && !e.kind && e.at > from && e.at <= to,
  ).length;
}
