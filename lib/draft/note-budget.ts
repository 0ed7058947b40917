import type { Settings } from '../domain';

/**
 * Personalised connection notes left this month, or null when there is no known cap (Premium).
 * Free accounts get about `noteBudgetPerMonth` (PRODUCT.md); LinkedIn counts a rolling month.
 */
export function noteBudget(notesSentLast30Days: number, settings: Settings, premium: boolean): number | null {
  if (premium) return null;
  const sent = Number.isFinite(notesSentLast30Days) ? Math.max(0, Math.floor(notesSentLast30Days)) : 0;
  return Math.max(0, settings.noteBudgetPerMonth - sent);
}

export const NOTE_BUDGET_SPENT =
  'Your personalised notes for this month are likely used up: send the connection request without a note, then send this as a message once they accept.';
