import { readImport } from '../import/read-import';
import type { ImportOptions, ImportResult } from '../import/types';
import { applyBackup } from './apply-backup';
import { applyConnections, type Progress } from './apply-connections';
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
    s
      .open()
      .then((db) =>
        plan.kind === 'backup'
          ? applyBackup(db, plan.backup, plan.notes)
          : applyConnections(db, plan.rows, plan.skipped, s.now().toISOString(), options.onProgress),
      ),
  );
}
