import { useState } from 'preact/hooks';
import type { Api } from '../../lib/api';
import { backupReminder } from '../../lib/pipeline/backup-reminder';
import { pipelineCsv } from '../../lib/pipeline/pipeline-csv';
import { download } from './download';
import type { PopupData } from './Popup';

export interface BackupBarProps {
  api: Api;
  data: PopupData;
  now: () => Date;
}

/** The user's own copies: CSV of the pipeline, the JSON backup, and the reminder to make one. */
export function BackupBar({ api, data, now }: BackupBarProps) {
  const [done, setDone] = useState(false);
  const stamp = now().toISOString().slice(0, 10);
  const reminder = backupReminder(data.config.settings, data.people, data.events ?? [], now());
  const backup = async () => {
    const file = await api.exportBackup();
    download(`constellation-backup-${stamp}.json`, JSON.stringify(file, null, 2), 'application/json');
    await api.saveSettings({ lastExportAt: now().toISOString() });
    setDone(true);
  };
  return (
    <footer class="footer">
      {reminder.due && !done ? (
        <p class="reminder" data-constellation="backup-reminder">
          {reminder.message}
          <button type="button" class="link" onClick={() => void backup()}>
            Back up now
          </button>
        </p>
      ) : null}
      <div class="row-actions">
        <button
          type="button"
          data-constellation="export-csv"
          disabled={!data.people.length}
          onClick={() =>
            download(
              `constellation-pipeline-${stamp}.csv`,
              pipelineCsv(data.people, data.events ?? [], data.config.needs),
              'text/csv',
            )
          }
        >
          Export CSV
        </button>
        <button type="button" onClick={() => void backup()}>
          {done ? 'Backed up ✓' : 'Backup (JSON)'}
        </button>
      </div>
    </footer>
  );
}
