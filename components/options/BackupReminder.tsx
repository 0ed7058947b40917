import { useEffect, useState } from 'preact/hooks';
import { useApi } from '../shared/ApiContext';

export type BackupReminderProps = {
  /** The last export: a new one asks the rule again, so the reminder goes as soon as it is made. */
  lastExportAt: string | null;
};

/**
 * Uninstalling an extension deletes its data without asking: say so before it matters. When is the
 * store's rule (lib/pipeline/backup-reminder.ts), the same one the popup shows.
 */
export function BackupReminder({ lastExportAt }: BackupReminderProps) {
  const api = useApi();
  const [due, setDue] = useState(false);
  useEffect(() => {
    let live = true;
    api.backupReminder().then(
      (reminder) => live && setDue(reminder.due),
      () => live && setDue(false), // no answer: nothing to claim either way
    );
    return () => {
      live = false;
    };
  }, [api, lastExportAt]);
  if (!due) return null;
  return (
    <aside class="notice notice-accent backup-reminder" data-constellation="backup-reminder">
      <p>
        <strong>{lastExportAt ? 'Your last backup is over a month old.' : 'You have no backup yet.'}</strong>{' '}
        You have changed things since, everything lives only in this browser, and uninstalling the extension
        deletes it. <a href="#backup">Download a backup</a>
      </p>
    </aside>
  );
}
