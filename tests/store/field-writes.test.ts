import { describe, expect, it } from 'vitest';
import type { NeedStatus } from '../../lib/domain';
import { pagesCalls } from '../../lib/messages/pages-calls';
import { Store } from '../../lib/store/store';
import { recordFigures } from '../properties/figures';
import { freshStore } from './helpers';

// Two options tabs are two writers on one store (issue 14): each sends only the fields its user
// changed, and the store merges them per field inside one transaction. Different fields: both
// edits stay. The same field: the later write wins.

async function twoTabs() {
  const { store: a, factory } = freshStore();
  const b = new Store(factory);
  await a.saveNeeds([
    {
      id: 'project-feedback',
      status: 'unmet',
      ask: 'feedback on my paper',
      keywords: ['risk'],
      hidden: true,
    },
  ]);
  await a.saveSelf({ name: 'Mira', goal: 'Lead a team', offers: ['R reviews'] });
  // Both connections open before the race, so the transactions start in call order.
  await Promise.all([a.getConfig(), b.getConfig()]);
  return { a, b };
}

const need = async (store: Store, id = 'project-feedback') =>
  (await store.getConfig()).needs.find((n) => n.id === id)!;

describe('needs: field-level writes', () => {
  it('one tab un-hides a need while the other edits its ask: both stay', async () => {
    const { a, b } = await twoTabs();
    await Promise.all([
      a.saveNeeds([{ id: 'project-feedback', hidden: false }]),
      b.saveNeeds([{ id: 'project-feedback', ask: 'feedback on my grant' }]),
      a.saveNeeds([{ id: 'networks', status: 'partly' }]),
      b.saveNeeds([{ id: 'project-feedback', keywords: ['risk', 'grants'] }]),
    ]);
    expect(await need(b)).toEqual({
      id: 'project-feedback',
      status: 'unmet',
      ask: 'feedback on my grant',
      keywords: ['risk', 'grants'],
      hidden: false,
    });
    expect((await need(a, 'networks')).status).toBe('partly');
  });

  it('the same field from two tabs: the later write wins, in either order', async () => {
    for (const [first, second] of [
      ['met', 'partly'],
      ['partly', 'met'],
    ] as NeedStatus[][]) {
      const { a, b } = await twoTabs();
      await Promise.all([
        a.saveNeeds([{ id: 'project-feedback', status: first!, ask: `ask from a (${first})` }]),
        b.saveNeeds([{ id: 'project-feedback', status: second! }]),
      ]);
      expect(await need(a)).toMatchObject({ status: second, ask: `ask from a (${first})`, hidden: true });
    }
  });

  it('a patch for a need never saved starts from the blank need; a custom one is created', async () => {
    const { store } = freshStore();
    await store.saveNeeds([{ id: 'role-models', metBy: 'A former teacher' }]);
    await store.saveNeeds([{ id: 'custom-writing-group', name: 'Writing group' }]);
    expect(await need(store, 'role-models')).toEqual({
      id: 'role-models',
      status: 'unmet',
      ask: '',
      keywords: [],
      metBy: 'A former teacher',
    });
    expect(await need(store, 'custom-writing-group')).toMatchObject({
      name: 'Writing group',
      status: 'unmet',
    });
  });

  it('a batch that would store an unreadable need is refused whole, with the reason', async () => {
    const { a } = await twoTabs();
    const bad = [
      { id: 'networks' as const, ask: 'kept out too' },
      { id: 'project-feedback' as const, status: 'bogus' as NeedStatus },
    ];
    await expect(a.saveNeeds(bad)).rejects.toThrow(/The need project-feedback not saved: status/);
    expect((await need(a, 'networks')).ask).toBe('');
    expect((await need(a)).status).toBe('unmet');
  });
});

describe('self-profile: field-level writes', () => {
  it('two tabs editing different fields both keep their edits', async () => {
    const { a, b } = await twoTabs();
    await Promise.all([
      a.saveSelf({ goal: 'Lead a data team' }),
      b.saveSelf({ offers: ['R reviews', 'grant drafts'] }),
      a.saveSelf({ premium: true }),
      b.saveSelf({ location: 'Leeds' }),
    ]);
    expect((await a.getConfig()).self).toMatchObject({
      name: 'Mira',
      goal: 'Lead a data team',
      offers: ['R reviews', 'grant drafts'],
      premium: true,
      location: 'Leeds',
    });
  });

  it('the same field: the later write wins', async () => {
    const { a, b } = await twoTabs();
    await Promise.all([a.saveSelf({ goal: 'from a' }), b.saveSelf({ goal: 'from b' })]);
    expect((await a.getConfig()).self.goal).toBe('from b');
  });

  it('settings, the same field from two tabs: the later write wins, the other field stays', async () => {
    const { a, b } = await twoTabs();
    await Promise.all([
      a.saveSettings({ followUpDays: 5, notifications: false }),
      b.saveSettings({ followUpDays: 9 }),
    ]);
    expect((await a.getConfig()).settings).toMatchObject({ followUpDays: 9, notifications: false });
    recordFigures('field-writes', { writers: 2, kinds: ['needs', 'self-profile', 'settings'] });
  });
});

describe('the pages contract carries patches', () => {
  it('a self-profile patch stays a patch (no defaults fill the fields the user did not touch)', () => {
    expect(pagesCalls.saveSelf.parse([{ goal: 'Lead' }])).toEqual([{ goal: 'Lead' }]);
    const parsed = pagesCalls.saveSelf.parse([
      JSON.parse('{"goal":"Lead","constructor":1,"__proto__":{"x":1}}'),
    ]);
    expect(Object.keys(parsed[0]!)).toEqual(['goal']);
  });

  it('a need patch needs an id and nothing else; bad values are refused', () => {
    expect(pagesCalls.saveNeeds.parse([[{ id: 'networks', hidden: false }]])).toEqual([
      [{ id: 'networks', hidden: false }],
    ]);
    expect(pagesCalls.saveNeeds.safeParse([[{ hidden: false }]]).success).toBe(false);
    expect(pagesCalls.saveNeeds.safeParse([[{ id: 'networks', status: 'bogus' }]]).success).toBe(false);
    expect(pagesCalls.saveNeeds.safeParse([[{ id: 'networks', ask: 'x'.repeat(2001) }]]).success).toBe(false);
  });
});
