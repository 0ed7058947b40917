import type { ImportResult } from '../import/types';
import { cleanEvent, cleanNeed, cleanPerson, cleanSelf } from '../text/clean-records';
import { backupSchema, describeIssues, unknownSettings } from './schema';
import type { Backup } from './types';

/** Parse and validate a backup fully before anything is written: all or nothing. Pure. */
export function checkBackup(
  text: string,
): { ok: true; backup: Backup; notes: string[] } | { ok: false; result: ImportResult } {
  const fail = (message: string, problems: string[] = []) =>
    ({ ok: false, result: { ok: false, kind: 'backup', message, problems } }) as const;
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`The file is not valid JSON (${(error as Error).message}). Nothing was imported.`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return fail(
      'The file is JSON but not a Constellation backup (expected an object). Nothing was imported.',
    );
  const format = Object.hasOwn(raw, 'format') ? (raw as Record<string, unknown>).format : undefined;
  const version = Object.hasOwn(raw, 'version') ? (raw as Record<string, unknown>).version : undefined;
  if (format !== 'constellation-backup')
    return fail(
      `Not a Constellation backup: format is ${format === undefined ? 'missing' : String(JSON.stringify(format)).slice(0, 60)}, expected "constellation-backup". Nothing was imported.`,
    );
  if (version === undefined)
    return fail('This backup has no "version", so it cannot be read safely. Nothing was imported.');
  if (version !== 1)
    return fail(
      `This backup is version ${String(JSON.stringify(version)).slice(0, 20)}; this Constellation reads version 1. Update the extension, then import again. Nothing was imported.`,
    );
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = describeIssues(parsed.error);
    return fail(
      `The backup has ${parsed.error.issues.length === 1 ? 'a problem' : 'problems'}, so nothing was imported: ${problems[0]}`,
      problems,
    );
  }
  return { ok: true, backup: cleanBackup(parsed.data as unknown as Backup), notes: unknownSettings(raw) };
}

/** A file's text is text from outside: cleaned by the reader's rule before anything is stored. */
function cleanBackup(b: Backup): Backup {
  return {
    ...b,
    self: cleanSelf(b.self),
    needs: b.needs.map(cleanNeed),
    people: b.people.map(cleanPerson),
    outreach: b.outreach.map(cleanEvent),
  };
}
