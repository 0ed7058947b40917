import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, EMPTY_SELF, NEED_IDS, type Need } from '../../lib/domain';
import { openDb } from '../../lib/store/db';
import { Store } from '../../lib/store/store';
import { freshStore } from './helpers';

const self = {
  ...EMPTY_SELF,
  name: 'Mira Okafor',
  organization: 'Lindenfeld Hospital',
  field: 'clinical data science',
  seniority: 'senior' as const,
  goal: 'Lead a risk-modelling team',
};

describe('Store: configuration', () => {
  it('gives a new user the nine needs, unmet, and default settings', async () => {
    const { store } = freshStore();
    const config = await store.getConfig();
    expect(config.needs.map((n) => n.id)).toEqual([...NEED_IDS]);
    expect(config.needs.every((n) => n.status === 'unmet')).toBe(true);
    expect(config.settings).toEqual(DEFAULT_SETTINGS);
    expect(config.self).toEqual(EMPTY_SELF);
    expect(config.weights).toBeUndefined();
  });

  it('keeps the self-profile and needs across a reopen (a browser restart)', async () => {
    const { store, factory } = freshStore();
    await store.saveSelf(self);
    const needs: Need[] = [
      {
        id: 'project-feedback',
        status: 'partly',
        ask: 'feedback on my paper on risk models',
        keywords: ['risk'],
      },
      { id: 'custom-writing-group', status: 'unmet', ask: '', keywords: [], name: 'Writing group' },
    ];
    await store.saveNeeds(needs);
    await store.close();
    const config = await new Store(factory).getConfig();
    expect(config.self).toEqual(self);
    expect(config.needs.find((n) => n.id === 'project-feedback')).toEqual(needs[0]);
    expect(config.needs.at(-1)).toEqual(needs[1]);
    expect(config.needs).toHaveLength(10);
  });

  it('saveNeeds replaces by id, never duplicates', async () => {
    const { store } = freshStore();
    await store.saveNeeds([{ id: 'networks', status: 'unmet', ask: 'a', keywords: [] }]);
    await store.saveNeeds([{ id: 'networks', status: 'met', ask: 'b', keywords: [] }]);
    const config = await store.getConfig();
    expect(config.needs.filter((n) => n.id === 'networks')).toEqual([
      { id: 'networks', status: 'met', ask: 'b', keywords: [] },
    ]);
  });

  it('deletes custom needs and only hides built-in ones', async () => {
    const { store } = freshStore();
    await store.saveNeeds([{ id: 'custom-peer-circle', status: 'unmet', ask: '', keywords: [] }]);
    await store.deleteNeed('custom-peer-circle');
    await store.deleteNeed('safe-space');
    const config = await store.getConfig();
    expect(config.needs.some((n) => n.id === 'custom-peer-circle')).toBe(false);
    expect(config.needs.find((n) => n.id === 'safe-space')).toMatchObject({ hidden: true, status: 'unmet' });
  });

  it('merges settings patches and refuses invalid values without saving them', async () => {
    const { store } = freshStore();
    expect(await store.saveSettings({ display: 'page' })).toMatchObject({ display: 'page', followUpDays: 7 });
    expect(await store.saveSettings({ followUpDays: 10 })).toMatchObject({
      display: 'page',
      followUpDays: 10,
    });
    await expect(store.saveSettings({ followUpDays: 0 })).rejects.toThrow(/followUpDays/);
    await expect(store.saveSettings({ noteLimitFree: 'lots' as unknown as number })).rejects.toThrow(
      /noteLimitFree/,
    );
    expect((await store.getConfig()).settings).toMatchObject({
      display: 'page',
      followUpDays: 10,
      noteLimitFree: 200,
    });
  });
});

describe('Store: corrupted records are skipped and reported, never a blank page', () => {
  it('reads what it can when needs, self, settings, people and events are damaged', async () => {
    const { store, factory } = freshStore();
    await store.saveSelf(self);
    await store.savePerson({ slug: 'good-person', name: 'Good Person' }, []);
    const db = await openDb(factory);
    const tx = db.transaction(['kv', 'needs', 'people', 'outreach'], 'readwrite');
    tx.objectStore('needs').put({ id: 'networks', status: 'sometimes', ask: '', keywords: [] } as never);
    tx.objectStore('needs').put({ id: 'custom-ok', status: 'met', ask: '', keywords: [] });
    tx.objectStore('kv').put({ display: 'yes', followUpDays: 3 }, 'settings');
    tx.objectStore('kv').put({ weights: 'oops' }, 'weights');
    tx.objectStore('people').put({ slug: 'broken', stage: 'lost' } as never);
    tx.objectStore('outreach').put({
      id: 'e1',
      slug: 'broken',
      stage: 'sent',
      at: 'not a date',
      needs: [],
    } as never);
    await tx.done;
    db.close();

    const config = await store.getConfig();
    expect(config.needs.find((n) => n.id === 'networks')).toEqual({
      id: 'networks',
      status: 'unmet',
      ask: '',
      keywords: [],
    });
    expect(config.needs.find((n) => n.id === 'custom-ok')).toBeTruthy();
    expect(config.settings.display).toBe('side-panel');
    expect(config.settings.followUpDays).toBe(3);
    expect(config.weights).toBeUndefined();
    expect((await store.listPeople()).map((p) => p.slug)).toEqual(['good-person']);
    expect((await store.listEvents()).every((e) => e.id !== 'e1')).toBe(true);
    const problems = await store.problems();
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^need networks skipped: status/),
        'settings.display skipped: default used',
        expect.stringMatching(/^person broken skipped/),
        expect.stringMatching(/^event e1 skipped: at/),
        expect.stringMatching(/weights skipped/),
      ]),
    );
  });

  it('a damaged self-profile falls back to empty and says so', async () => {
    const { store, factory } = freshStore();
    const db = await openDb(factory);
    await db.put('kv', 'not an object', 'self');
    db.close();
    expect((await store.getConfig()).self).toEqual(EMPTY_SELF);
    expect(await store.problems()).toEqual([expect.stringMatching(/^self-profile skipped/)]);
  });
});
