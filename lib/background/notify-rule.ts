import type { FollowUp } from '../pipeline/follow-ups';
import { DAY_MS } from '../pipeline/time';

export interface NotifyState {
  at: string | null;
  keys: string[];
}

export const followUpKey = (f: FollowUp) => `${f.slug}|${f.kind}|${f.dueAt}`;

/**
 * A reminder when something new fell due, or once a day while follow-ups wait: enough to be
 * useful, never a notification every hour for the same thing.
 */
export function shouldNotify(due: readonly FollowUp[], last: NotifyState, now: Date): boolean {
  if (!due.length) return false;
  if (!last.at || now.getTime() - Date.parse(last.at) >= DAY_MS) return true;
  const seen = new Set(last.keys);
  return due.some((f) => !seen.has(followUpKey(f)));
}

export function notificationText(due: readonly FollowUp[]): { title: string; message: string } {
  const first = due[0];
  const title = due.length === 1 ? 'One follow-up is due' : `${due.length} follow-ups are due`;
  const message = first
    ? `${first.text}${due.length > 1 ? ` And ${due.length - 1} more in the pipeline.` : ''}`
    : '';
  return { title, message };
}
