import type { Backup } from '../backup/types';
import { readConfig } from './config';
import { readChunks, withoutShadowed } from './connection-chunks';
import { readAll, readEvent, readPerson } from './records';
import type { Storage } from './storage';

/**
 * Everything the user made, validated record by record: a damaged record is left out and reported.
 * Reads only: the page records `lastExportAt` once the download has started (a cancelled save is
 * no backup, issue 14); the file itself says when it was made.
 */
export async function exportBackup(s: Storage): Promise<Backup> {
  const db = await s.open();
  const problems = s.sink();
  const tx = db.transaction(['kv', 'needs', 'people', 'network', 'connections', 'outreach']);
  const [config, pipeline, network, chunked, outreach] = await Promise.all([
    readConfig(tx, problems),
    tx.objectStore('people').getAll(),
    tx.objectStore('network').getAll(),
    readChunks(tx) as Promise<never[]>,
    tx.objectStore('outreach').index('at').getAll(),
  ]);
  const exportedAt = s.now().toISOString();
  const settings = { ...config.settings, lastExportAt: exportedAt };
  await tx.done;
  return {
    format: 'constellation-backup',
    version: 1,
    exportedAt,
    self: config.self,
    needs: config.needs,
    people: readAll(withoutShadowed([...pipeline, ...network], chunked), readPerson(problems)),
    outreach: readAll(outreach, readEvent(problems)),
    settings,
    ...(config.weights ? { weights: config.weights } : {}),
  };
}
