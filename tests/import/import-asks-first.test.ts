import { describe, expect, it } from 'vitest';
import { EMPTY_SELF } from '../../lib/domain';
import { freshStore } from '../store/helpers';

// An import never replaces what the user filled in without saying so first (issue 14). The store
// answers with the preview and writes nothing; the page imports again with the user's choice.

/** The minimal backup of PRODUCT.md, with the goal and the ask of a user who filled them in elsewhere. */
function backup(over: { goal?: string; ask?: string; status?: string; followUpDays?: number } = {}) {
  return JSON.stringify({
    format: 'constellation-backup',
    version: 1,
    self: { ...EMPTY_SELF, seniority: 'senior', goal: over.goal ?? '' },
    needs: [{ id: 'project-feedback', status: over.status ?? 'unmet', ask: over.ask ?? '', keywords: [] }],
    settings: over.followUpDays ? { followUpDays: over.followUpDays } : undefined,
    people: [],
    outreach: [],
  });
}

async function filledIn() {
  const { store } = freshStore();
  await store.saveSelf({ ...EMPTY_SELF, name: 'Robin Fictional', goal: 'Lead a forecasting team' });
  const { needs } = await store.getConfig();
  await store.saveNeeds(
    needs.map((n) =>
      n.id === 'project-feedback'
        ? { ...n, ask: 'Feedback on my flood model paper', keywords: ['hydrology'] }
        : n,
    ),
  );
  return store;
}

const feedback = async (store: Awaited<ReturnType<typeof filledIn>>) =>
  (await store.getConfig()).needs.find((n) => n.id === 'project-feedback');

describe('importing a backup over what the user filled in', () => {
  it('asks first: the answer lists the replacements and nothing is written', async () => {
    const store = await filledIn();
    const before = await store.getConfig();
    const result = await store.importFile('minimal.json', backup());
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/would replace 4 things you filled in/);
    const replaced = result.preview?.filter((c) => c.effect === 'replaced').map((c) => c.path);
    expect(replaced).toEqual(
      expect.arrayContaining([
        'self.goal',
        'self.name',
        'needs.project-feedback.ask',
        'needs.project-feedback.keywords',
      ]),
    );
    expect(await store.getConfig()).toEqual(before);
  });

  it('"Replace" applies the backup as it is', async () => {
    const store = await filledIn();
    const result = await store.importFile('minimal.json', backup({ status: 'met' }), {
      conflicts: 'replace',
    });
    expect(result).toMatchObject({ ok: true, kind: 'backup' });
    expect((await store.getConfig()).self.goal).toBe('');
    expect(await feedback(store)).toMatchObject({ status: 'met', ask: '', keywords: [] });
  });

  it('"Keep mine where it differs" keeps every filled-in field and takes the rest from the backup', async () => {
    const store = await filledIn();
    const result = await store.importFile('minimal.json', backup({ status: 'met', followUpDays: 12 }), {
      conflicts: 'keep-mine',
    });
    expect(result.ok).toBe(true);
    const config = await store.getConfig();
    expect(config.self).toMatchObject({
      name: 'Robin Fictional',
      goal: 'Lead a forecasting team',
      seniority: 'senior',
    });
    expect(await feedback(store)).toMatchObject({
      status: 'met', // the user had left it at the default
      ask: 'Feedback on my flood model paper',
      keywords: ['hydrology'],
    });
    expect(config.settings.followUpDays).toBe(12);
  });

  it('a backup that only adds to what the user has applies at once', async () => {
    const store = await filledIn();
    const adds = JSON.parse(backup({ goal: 'Lead a forecasting team' }));
    adds.self.name = 'Robin Fictional';
    adds.needs = [
      {
        id: 'safe-space',
        status: 'partly',
        ask: 'Someone outside work to think out loud with',
        keywords: [],
      },
    ];
    const result = await store.importFile('adds.json', JSON.stringify(adds));
    expect(result).toMatchObject({ ok: true });
    expect(result.preview).toBeUndefined();
    expect((await feedback(store))?.ask).toBe('Feedback on my flood model paper');
  });
});

describe('restoring into a fresh store', () => {
  it('asks nothing, whatever the backup holds', async () => {
    const { store } = freshStore();
    const result = await store.importFile(
      'restore.json',
      backup({ goal: 'Write a book', ask: 'A reader for chapter one', status: 'met', followUpDays: 3 }),
    );
    expect(result).toMatchObject({ ok: true, kind: 'backup' });
    const config = await store.getConfig();
    expect(config.self.goal).toBe('Write a book');
    expect(config.settings.followUpDays).toBe(3);
    expect(await feedback(store)).toMatchObject({ status: 'met', ask: 'A reader for chapter one' });
  });

  it('a settings choice the user made is a replacement, the default is not', async () => {
    const { store } = freshStore();
    expect((await store.importFile('a.json', backup({ followUpDays: 3 }))).ok).toBe(true);
    await store.saveSettings({ notifications: false });
    const again = JSON.parse(backup({ followUpDays: 3 }));
    again.settings = { notifications: true };
    const result = await store.importFile('b.json', JSON.stringify(again));
    expect(result.preview).toEqual([
      { path: 'settings.notifications', effect: 'replaced', mine: 'false', theirs: 'true' },
    ]);
  });
});
