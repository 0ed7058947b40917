import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, EMPTY_SELF, type Need, type NeedId } from '../../lib/domain';
import { keepMine, previewBackup } from '../../lib/import/backup-preview';

// Before a backup replaces what the user has, the page shows what it would change (issue 14):
// the minimal backup of PRODUCT.md once emptied a goal and an ask, saying only "1 needs".

const need = (id: string, over: Partial<Need> = {}): Need => ({
  id: id as NeedId,
  status: 'unmet',
  ask: '',
  keywords: [],
  ...over,
});
const mine = {
  self: { ...EMPTY_SELF, name: 'Robin Fictional', goal: 'Lead a forecasting team' },
  needs: [
    need('project-feedback', { ask: 'Feedback on my flood model paper', keywords: ['hydrology'] }),
    need('networks', { ask: 'An intro to a funder' }),
  ],
  settings: { ...DEFAULT_SETTINGS, followUpDays: 5 },
};
const minimal = {
  self: { ...EMPTY_SELF, name: 'Robin Fictional' },
  needs: [need('project-feedback', { status: 'partly' })],
};

describe('previewBackup', () => {
  it('the PRODUCT.md minimal backup: replacing a goal, an ask and keywords asks first; a need it lacks is kept', () => {
    const p = previewBackup(mine, minimal);
    expect(p.asks).toBe(true);
    const byPath = Object.fromEntries(p.changes.map((c) => [c.path, c.effect]));
    expect(byPath).toMatchObject({
      'self.goal': 'replaced',
      'needs.project-feedback.ask': 'replaced',
      'needs.project-feedback.keywords': 'replaced',
      'needs.project-feedback.status': 'added', // the user left it at unmet, as a new install starts
      'needs.networks': 'kept',
    });
    expect(byPath['self.name']).toBeUndefined(); // the same value is no change
  });

  it('an empty store asks nothing: everything is added', () => {
    const p = previewBackup(
      { self: EMPTY_SELF, needs: [], settings: DEFAULT_SETTINGS },
      {
        ...minimal,
        self: { ...EMPTY_SELF, goal: 'Write a book' },
      },
    );
    expect(p.asks).toBe(false);
    expect(p.changes.map((c) => c.effect)).toEqual(expect.arrayContaining(['added']));
    expect(p.changes.every((c) => c.effect === 'added')).toBe(true);
  });

  it('a backup of exactly what the user has changes nothing', () => {
    expect(previewBackup(mine, mine)).toEqual({ changes: [], asks: false });
  });

  it('a chosen setting the backup changes is a replacement; lastExportAt is not', () => {
    const p = previewBackup(mine, {
      ...mine,
      settings: { followUpDays: 9, lastExportAt: '2026-01-01T00:00:00.000Z' },
    });
    expect(p.changes).toEqual([
      { path: 'settings.followUpDays', effect: 'replaced', mine: '5', theirs: '9' },
    ]);
  });

  it('inherited names in a backup are no fields', () => {
    const hostile = JSON.parse('{"name":"X","constructor":1,"__proto__":{"goal":"evil"}}');
    const p = previewBackup(mine, { self: { ...EMPTY_SELF, ...hostile }, needs: [] });
    expect(p.changes.map((c) => c.path).some((path) => /constructor|__proto__/.test(path))).toBe(false);
  });
});

describe('keepMine', () => {
  it('keeps every field the user filled in, fills what they left empty', () => {
    const backup = {
      ...minimal,
      self: { ...EMPTY_SELF, goal: 'Something else', success: 'Published twice' },
      settings: { followUpDays: 9 },
    };
    const kept = keepMine(mine, backup);
    expect(kept.self.goal).toBe('Lead a forecasting team');
    expect(kept.self.success).toBe('Published twice');
    expect(kept.needs[0]).toMatchObject({ ask: 'Feedback on my flood model paper', keywords: ['hydrology'] });
    expect(kept.settings).toEqual({});
    expect(previewBackup(mine, kept).asks).toBe(false);
  });
});
