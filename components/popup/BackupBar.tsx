import { useState } from 'preact/hooks';
import { errorText, useApi } from '../shared/ApiContext';
import { backupFileName, datedFileName, downloadText } from '../shared/download';
import type { PopupData } from './popup-state';
import { useLoad } from './use-load';

export interface BackupBarProps {
  data: PopupData;
  now: () => Date;
}

/** The user's own copies: the pipeline as CSV, the JSON backup, and the reminder to make one. */
export function BackupBar({ data, now }: BackupBarProps) {
  const api = useApi();
  const [saved, setSaved] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const reminder = useLoad(
    () => api.backupReminder(now().toISOString()),
    `${data.version}-${saved}`,
    data.version >= 0,
  );
  const run = (job: () => Promise<void>) => () =>
    job().then(
      () => setError(null),
      (e: unknown) => setError(errorText(e)),
    );
  // lastExportAt is recorded once the download has started, never before (issue 14): a backup
  // that failed to reach the user must not clear the reminder.
  const backup = run(async () => {
    const file = await api.exportBackup();
    downloadText(JSON.stringify(file, null, 2), backupFileName(now()));
    await api.saveSettings({ lastExportAt: now().toISOString() });
    setSaved((n) => n + 1);
  });
  const csv = run(async () => {
    downloadText(
      await api.exportPipelineCsv(),
      datedFileName('constellation-pipeline', 'csv', now()),
      'text/csv;charset=utf-8',
    );
  });
  return (
    <footer class="footer">
      {reminder.value?.due ? (
        <p class="reminder" data-constellation="backup-reminder">
          {reminder.value.message}
        </p>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="row-actions">
        <button type="button" data-constellation="export-csv" disabled={!data.people.length} onClick={csv}>
          Export CSV
        </button>
        <button
          type="button"
          class={reminder.value?.due ? 'primary' : ''}
          data-action="backup"
          onClick={backup}
        >
          {saved ? 'Backed up ✓' : 'Back up (JSON)'}
        </button>
      </div>
    </footer>
  );
}
