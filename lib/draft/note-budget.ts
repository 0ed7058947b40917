import type { OutreachEvent, Settings } from '../domain';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Personalised connection notes left this month, or null when there is no known cap (Premium).
 * Free accounts get about `noteBudgetPerMonth` (PRODUCT.md); LinkedIn counts a rolling month.
 */
export function noteBudget(notesSentLast30Days: number, settings: Settings, premium: boolean): number | null {
  if (premium) return null;
  const sent = Number.isFinite(notesSentLast30Days) ? Math.max(0, Math.floor(notesSentLast30Days)) : 0;
  return Math.max(0, settings.noteBudgetPerMonth - sent);
}

/** The user's own count: connection notes marked sent in the 30 days before `now`. */
export function notesSentLast30Days(events: OutreachEvent[], now: Date = new Date()): number {
  const since = now.getTime() - 30 * DAY;
  let count = 0;
  for (const event of events) {
    if (event.stage !== 'sent' || event.channel !== 'connection-note' || !event.text?.trim()) continue;
    const at = Date.parse(event.at);
    if (at >= since && at <= now.getTime()) count++;
  }
  return count;
}

export const NOTE_BUDGET_SPENT =
  'Your personalised notes for this month are likely used up: send the connection request without a note, then send this as a message once they accept.';
