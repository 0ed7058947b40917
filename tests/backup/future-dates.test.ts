import { describe, expect, it } from 'vitest';
import { mergeSettings } from '../../lib/backup/merge';
import { DEFAULT_SETTINGS } from '../../lib/domain';
import { backupReminder } from '../../lib/pipeline/backup-reminder';
import { clock, freshStore, profile } from '../store/helpers';

// "Last exported" decides whether the user is reminded to back up (issue 14): a date in the future
// must never turn the reminder off for good, and an export only counts once the file is on its way.

const NOW = new Date('2026-03-02T09:00:00.000Z');
const FUTURE = '2099-01-01T00:00:00.000Z';
const changed = [{ updatedAt: '2026-03-01T09:00:00.000Z' }];

describe('a lastExportAt in the future', () => {
  it('merged from a backup is clamped to now', () => {
    const merged = mergeSettings({ ...DEFAULT_SETTINGS, lastExportAt: null }, { lastExportAt: FUTURE }, NOW);
    expect(merged.lastExportAt).toBe(NOW.toISOString());
  });

  it('a past date still wins over an older one', () => {
    const stored = { ...DEFAULT_SETTINGS, lastExportAt: '2026-01-01T00:00:00.000Z' };
    expect(mergeSettings(stored, { lastExportAt: '2026-02-01T00:00:00.000Z' }, NOW).lastExportAt).toBe(
      '2026-02-01T00:00:00.000Z',
    );
  });

  it('already stored counts as no export: the reminder is due', () => {
    expect(backupReminder({ lastExportAt: FUTURE }, changed, [], NOW).due).toBe(true);
    expect(backupReminder({ lastExportAt: '2026-03-01T10:00:00.000Z' }, changed, [], NOW).due).toBe(false);
  });

  it('saved by a page whose clock runs ahead is clamped to the store clock', async () => {
    const c = clock(NOW.toISOString());
    const { store } = freshStore(c.now);
    expect((await store.saveSettings({ lastExportAt: FUTURE })).lastExportAt).toBe(NOW.toISOString());
    c.advanceDays(1);
    await store.savePerson(profile('pat-q'), []);
    c.advanceDays(40);
    expect((await store.backupReminder()).due).toBe(true);
  });
});

describe('an export counts only once the page records it', () => {
  it('exportBackup alone leaves lastExportAt as it was (a cancelled download is no backup)', async () => {
    const { store } = freshStore(clock(NOW.toISOString()).now);
    await store.savePerson(profile('pat-q'), []);
    const backup = await store.exportBackup();
    expect(backup.exportedAt).toBe(NOW.toISOString());
    expect((await store.getConfig()).settings.lastExportAt).toBeNull();
    expect((await store.backupReminder()).due).toBe(true);
  });
});
