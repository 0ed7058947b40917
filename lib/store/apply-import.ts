import type { Backup } from '../backup/types';
import { keepMine, previewBackup } from '../import/backup-preview';
import { readImport } from '../import/read-import';
import type { ImportOptions, ImportResult } from '../import/types';
import { applyBackup } from './apply-backup';
import { applyConnections, type Progress } from './apply-connections';
import { readConfig } from './config';
import type { Storage } from './storage';

/** An import file read outside the store (lib/import/read-import.ts); the store applies the plan. */
export async function importFile(
  s: Storage,
  fileName: string,
  text: string,
  options: ImportOptions & { onProgress?: Progress } = {},
): Promise<ImportResult> {
  const read = readImport(fileName, text, options);
  if (!read.ok) return read.result;
  const { plan } = read;
  return s.changes(
    s.open().then(async (db) => {
      if (plan.kind === 'connections')
        return applyConnections(db, plan.rows, plan.skipped, s.now().toISOString(), options.onProgress);
      const conflicts = options.conflicts ?? 'ask';
      if (conflicts === 'replace') return applyBackup(db, plan.backup, plan.notes);
      // What the user has now, to say what the backup would replace (or to keep it).
      const stored = await readConfig(db.transaction(['kv', 'needs'], 'readonly'), []);
      if (conflicts === 'keep-mine') return applyBackup(db, keepMine(stored, plan.backup), plan.notes);
      const preview = previewBackup(stored, plan.backup);
      if (!preview.asks) return applyBackup(db, plan.backup, plan.notes);
      return asking(plan.backup, preview.changes);
    }),
  );
}

/** The answer when a backup would replace what the user filled in: nothing is written yet. */
function asking(backup: Backup, changes: NonNullable<ImportResult['preview']>): ImportResult {
  const replaced = changes.filter((c) => c.effect === 'replaced').length;
  return {
    ok: false,
    kind: 'backup',
    message: `This backup would replace ${replaced} ${replaced === 1 ? 'thing' : 'things'} you filled in. Nothing is imported until you choose.`,
    problems: [],
    counts: { needs: backup.needs.length, people: backup.people.length, outreach: backup.outreach.length },
    preview: changes,
  };
}
