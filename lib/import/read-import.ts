import { checkBackup } from '../backup/check-backup';
import type { Backup } from '../backup/types';
import type { ImportOptions, ImportResult } from '../import/types';
import type { ConnectionRow } from './connection-row';
import { looksLikeConnections, parseConnections } from './connections-csv';

// Reading an import file, before the store sees it: what kind it is, whether it can be read, and
// the words for what is wrong. Pure (text in, plan or refusal out): the store only applies a plan.

/** Larger than any real export (30,000 connections are about 4 MB): refuse before parsing. */
export const MAX_IMPORT_CHARS = 60_000_000;

export type FileKind = 'backup' | 'connections' | 'unknown';

export type ImportPlan =
  | { kind: 'backup'; backup: Backup; notes: string[] }
  | { kind: 'connections'; rows: readonly ConnectionRow[]; skipped: number };

export type ReadImport = { ok: true; plan: ImportPlan } | { ok: false; result: ImportResult };

/** Told apart by content, not by name: people rename files, and browsers add " (1)". */
export function detectKind(text: string): FileKind {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'backup';
  if (looksLikeConnections(start)) return 'connections';
  return 'unknown';
}

const refuse = (kind: FileKind, message: string, more: Partial<ImportResult> = {}): ReadImport => ({
  ok: false,
  result: { ok: false, kind, message, problems: [], ...more },
});

export function readImport(fileName: string, text: string, options: ImportOptions = {}): ReadImport {
  const name = fileName.slice(0, 200) || 'the file';
  if (text.length > MAX_IMPORT_CHARS)
    return refuse('unknown', `${name} is too large to be a backup or Connections.csv.`);
  const kind = detectKind(text);
  if (kind === 'backup') {
    const checked = checkBackup(text);
    return checked.ok
      ? { ok: true, plan: { kind: 'backup', backup: checked.backup, notes: checked.notes } }
      : checked;
  }
  if (kind === 'unknown') {
    // A CSV whose header is LinkedIn's in another language deserves its own message.
    const csv = parseConnections(text);
    const foreign = !csv.ok && csv.reason === 'foreign-header';
    return refuse(
      foreign ? 'connections' : 'unknown',
      foreign
        ? `${csv.message} Nothing was imported.`
        : `${name} is neither a Constellation backup (.json) nor LinkedIn's Connections.csv. Nothing was imported.`,
    );
  }
  const parsed = parseConnections(text);
  if (!parsed.ok) return refuse('connections', `${parsed.message} Nothing was imported.`);
  const bad = parsed.problems.length;
  if (bad && !options.skipBadRows)
    return refuse(
      'connections',
      `${bad} of ${bad + parsed.rows.length} rows cannot be read, so nothing was imported. Import again skipping ${bad === 1 ? 'it' : 'them'}?`,
      {
        problems: parsed.problems.slice(0, 100).concat(bad > 100 ? [`… and ${bad - 100} more`] : []),
        goodRows: parsed.rows.length,
        counts: { skipped: bad },
      },
    );
  if (!parsed.rows.length)
    return refuse('connections', 'No row of the file could be read. Nothing was imported.', {
      problems: parsed.problems.slice(0, 100),
    });
  return { ok: true, plan: { kind: 'connections', rows: parsed.rows, skipped: bad } };
}
