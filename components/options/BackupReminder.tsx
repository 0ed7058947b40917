export type BackupReminderProps = { lastExportAt: string | null; now?: Date };

const DAY = 24 * 60 * 60 * 1000;

/** Never backed up, or not in the last 30 days (an unreadable date counts as never). */
export function needsBackup(lastExportAt: string | null, now: Date): boolean {
  if (!lastExportAt) return true;
  const at = Date.parse(lastExportAt);
  return Number.isNaN(at) || now.getTime() - at > 30 * DAY;
}

/** Uninstalling an extension deletes its data without asking: say so before it matters. */
export function BackupReminder({ lastExportAt, now = new Date() }: BackupReminderProps) {
  if (!needsBackup(lastExportAt, now)) return null;
  return (
    <aside class="notice notice-accent backup-reminder" data-constellation="backup-reminder">
      <p>
        <strong>{lastExportAt ? 'Your last backup is over a month old.' : 'You have no backup yet.'}</strong>{' '}
        Everything lives only in this browser, and uninstalling the extension deletes it.{' '}
        <a href="#backup">Download a backup</a>
      </p>
    </aside>
  );
}
