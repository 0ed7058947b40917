import type { OutreachEvent, Person, Settings } from '../domain';
import { daysBetween } from './time';

/** Remind when the last export is older than this and something changed since. */
export const BACKUP_REMINDER_DAYS = 30;

export interface BackupReminder {
  due: boolean;
  message: string | null;
}

export function backupReminder(
  settings: Pick<Settings, 'lastExportAt'>,
  people: readonly Pick<Person, 'updatedAt'>[],
  events: readonly Pick<OutreachEvent, 'at'>[],
  now: Date,
  needsChangedAt: string | null = null,
): BackupReminder {
  // A "last export" in the future cannot be true (a clock set wrong, a hand-edited backup): it
  // counts as no export, so it can never silence the reminder for ever.
  const stamped = settings.lastExportAt;
  const last = stamped && Date.parse(stamped) <= now.getTime() ? stamped : null;
  const since = (at: string) => !last || at > last;
  const changed =
    people.some((p) => since(p.updatedAt)) ||
    events.some((e) => since(e.at)) ||
    (needsChangedAt !== null && since(needsChangedAt));
  const old = !last || daysBetween(last, now) > BACKUP_REMINDER_DAYS;
  if (!changed || !old) return { due: false, message: null };
  return {
    due: true,
    message: last
      ? `Your last backup is from ${last.slice(0, 10)} and you have new data since. Export a backup: removing the extension deletes its data.`
      : 'You have never exported a backup. Export one: removing the extension deletes its data.',
  };
}
