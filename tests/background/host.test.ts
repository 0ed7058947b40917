import { describe, expect, it } from 'vitest';
import { badgeText } from '../../lib/background/badge';
import { BackgroundHost } from '../../lib/background/host';
import { notificationText, shouldNotify } from '../../lib/background/notify-rule';
import { clock, freshStore, profile } from '../store/helpers';
import { fakePort } from './fake-port';

describe('BackgroundHost', () => {
  it('the badge counts follow-ups due and updates after a stage move', async () => {
    const c = clock();
    const { store } = freshStore(c.now);
    const { port, calls } = fakePort();
    const host = new BackgroundHost(store, port);
    const api = host.pages();
    await api.savePerson(profile('ines-r'), []);
    await api.moveStage('ines-r', 'sent');
    expect(calls.badge.at(-1)).toEqual({ text: '' });
    c.advanceDays(8);
    expect(await host.refresh(false, c.now())).toBe(1);
    expect(calls.badge.at(-1)).toEqual({ text: '1' });
    await api.moveStage('ines-r', 'replied');
    expect(calls.badge.at(-1)).toEqual({ text: '' });
  });

  it('opens the drafter and the needs map in our own pages', async () => {
    const { store } = freshStore();
    const { port, calls } = fakePort();
    const api = new BackgroundHost(store, port).pages();
    await api.openDrafter('ines-r', 'networks');
    await api.openDrafter('ines-r', null);
    await api.openNeedsMap();
    expect(calls.tabs).toEqual([
      'chrome-extension://id/popup.html#draft?slug=ines-r&need=networks',
      'chrome-extension://id/popup.html#draft?slug=ines-r',
    ]);
    expect(calls.options).toBe(1);
  });

  it('broadcasts import progress, and nobody listening is fine', async () => {
    const { store } = freshStore();
    const { port, calls } = fakePort();
    const api = new BackgroundHost(store, port).pages();
    const csv =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,https://www.linkedin.com/in/a-b,,C,D,E\n';
    expect(await api.importFile('c.csv', csv)).toMatchObject({ ok: true });
    expect(calls.sent).toEqual([
      { constellation: 1, progress: { done: 1, total: 1 } },
      // An import can change the needs and settings: an open options page takes them (issue 14).
      { constellation: 1, configChanged: true },
    ]);
  });

  it("tells every open page when the user's own records change, and only then (issue 14)", async () => {
    const { store } = freshStore();
    const { port, calls } = fakePort();
    const api = new BackgroundHost(store, port).pages();
    await api.saveNeeds([{ id: 'networks', ask: 'oncology' }]);
    await api.saveSelf({ goal: 'Lead' });
    await api.saveSettings({ followUpDays: 9 });
    await api.deleteNeed('safe-space');
    expect(calls.sent).toEqual(Array(4).fill({ constellation: 1, configChanged: true }));
    await api.savePerson(profile('ines-r'), []);
    expect(calls.sent).toHaveLength(4);
  });

  it('notifies about new follow-ups once, again a day later, never when switched off', async () => {
    const c = clock();
    const { store } = freshStore(c.now);
    const { port, calls } = fakePort();
    const host = new BackgroundHost(store, port);
    await store.savePerson(profile('ines-r'), []);
    await store.moveStage('ines-r', 'sent');
    c.advanceDays(8);
    await host.refresh(true, c.now());
    await host.refresh(true, c.now());
    expect(calls.notes).toEqual([
      expect.objectContaining({
        type: 'basic',
        iconUrl: 'chrome-extension://id/icon/96.png',
        title: 'One follow-up is due',
        message: expect.stringMatching(/No reply from Person ines-r/),
      }),
    ]);
    c.advanceDays(1);
    await host.refresh(true, c.now());
    expect(calls.notes).toHaveLength(2);
    await store.saveSettings({ notifications: false });
    c.advanceDays(2);
    await host.refresh(true, c.now());
    expect(calls.notes).toHaveLength(2);
  });
});

describe('badge and notification rules', () => {
  it.each([
    [0, ''],
    [-3, ''],
    [Number.NaN, ''],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
  ])('badgeText(%s) = %j', (n, text) => expect(badgeText(n)).toBe(text));

  const due = [
    { slug: 'a', name: 'A', kind: 'no-reply' as const, dueAt: '2026-03-01T00:00:00.000Z', text: 'Nudge A.' },
  ];
  it('shouldNotify: nothing due, new, already told, a day later', () => {
    const now = new Date('2026-03-02T00:00:00.000Z');
    expect(shouldNotify([], { at: null, keys: [] }, now)).toBe(false);
    expect(shouldNotify(due, { at: null, keys: [] }, now)).toBe(true);
    const told = { at: '2026-03-01T12:00:00.000Z', keys: ['a|no-reply|2026-03-01T00:00:00.000Z'] };
    expect(shouldNotify(due, told, now)).toBe(false);
    expect(shouldNotify(due, told, new Date('2026-03-02T12:00:00.000Z'))).toBe(true);
  });

  it('notificationText names the first and counts the rest', () => {
    expect(notificationText([...due, { ...due[0]!, slug: 'b' }])).toEqual({
      title: '2 follow-ups are due',
      message: 'Nudge A. And 1 more in the pipeline.',
    });
  });
});
