import type { ImportOptions, ImportResult } from '../api';
import { looksLikeConnections, parseConnections } from '../import/connections-csv';
import { applyBackup, checkBackup } from './apply-backup';
import { applyConnections, type Progress } from './apply-connections';
import type { Db } from './db';

/** Larger than any real export (30,000 connections are about 4 MB): refuse before parsing. */
export const MAX_IMPORT_CHARS = 60_000_000;

export type FileKind = 'backup' | 'connections' | 'unknown';

/** Told apart by content, not by name: people rename files, and browsers add " (1)". */
export function detectKind(text: string): FileKind {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'backup';
  if (looksLikeConnections(start)) return 'connections';
  return 'unknown';
}

export async function importFile(
  db: Db,
  fileName: string,
  text: string,
  options: ImportOptions & { onProgress?: Progress },
  now: string,
): Promise<ImportResult> {
  const name = fileName.slice(0, 200) || 'the file';
  if (text.length > MAX_IMPORT_CHARS)
    return {
      ok: false,
      kind: 'unknown',
      message: `${name} is too large to be a backup or Connections.csv.`,
      problems: [],
    };
  const kind = detectKind(text);
  if (kind === 'backup') {
    const checked = checkBackup(text);
    return checked.ok ? applyBackup(db, checked.backup) : checked.result;
  }
  if (kind === 'unknown') {
    // A CSV whose header is LinkedIn's in another language deserves its own message.
    const csv = parseConnections(text);
    const foreign = !csv.ok && csv.reason === 'foreign-header';
    return {
      ok: false,
      kind: foreign ? 'connections' : 'unknown',
      message: foreign
        ? `${csv.message} Nothing was imported.`
        : `${name} is neither a Constellation backup (.json) nor LinkedIn's Connections.csv. Nothing was imported.`,
      problems: [],
    };
  }
  const parsed = parseConnections(text);
  if (!parsed.ok)
    return {
      ok: false,
      kind: 'connections',
      message: `${parsed.message} Nothing was imported.`,
      problems: [],
    };
  const bad = parsed.problems.length;
  if (bad && !options.skipBadRows)
    return {
      ok: false,
      kind: 'connections',
      message: `${bad} of ${bad + parsed.rows.length} rows cannot be read, so nothing was imported. Import again skipping ${bad === 1 ? 'it' : 'them'}?`,
      problems: parsed.problems.slice(0, 100).concat(bad > 100 ? [`… and ${bad - 100} more`] : []),
      goodRows: parsed.rows.length,
      counts: { skipped: bad },
    };
  if (!parsed.rows.length)
    return {
      ok: false,
      kind: 'connections',
      message: 'No row of the file could be read. Nothing was imported.',
      problems: parsed.problems.slice(0, 100),
    };
  return applyConnections(db, parsed.rows, bad, now, options.onProgress);
}
