import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from '../../lib/domain';
import { clock, freshStore, profile } from './helpers';

async function withPerson() {
  const c = clock();
  const { store, factory } = freshStore(c.now);
  await store.savePerson(profile('ines-r'), ['project-feedback']);
  return { store, factory, c };
}

describe('moveStage: every move, and the append-only history', () => {
  it.each(STAGES.filter((s) => s !== 'identified'))('identified → %s', async (stage: Stage) => {
    const { store, c } = await withPerson();
    c.advanceDays(1);
    const person = await store.moveStage(
      'ines-r',
      stage,
      stage === 'closed' ? { closedReason: 'declined' } : {},
    );
    expect(person.stage).toBe(stage);
    expect(person.updatedAt).toBe('2026-03-03T09:00:00.000Z');
    expect(person.closedReason).toBe(stage === 'closed' ? 'declined' : undefined);
    const events = await store.listEvents('ines-r');
    expect(events.map((e) => e.stage)).toEqual(['identified', stage]);
    expect(events[1]).toMatchObject({ at: '2026-03-03T09:00:00.000Z', needs: ['project-feedback'] });
    expect((await store.listPeople())[0]?.stage).toBe(stage);
  });

  it('walks the whole loop and keeps every step in order, with channel, text and notes', async () => {
    const { store, c } = await withPerson();
    const steps: [Stage, object][] = [
      ['drafted', { text: 'Hello Ines…' }],
      ['sent', { channel: 'connection-note', text: 'Hello Ines, 20 minutes next week?' }],
      ['replied', { note: 'Said yes to a call' }],
      ['meeting', { channel: 'message' }],
      ['ongoing', { needs: ['sponsorship'] }],
    ];
    for (const [stage, change] of steps) {
      c.advanceDays(2);
      await store.moveStage('ines-r', stage, change);
    }
    const events = await store.listEvents('ines-r');
    expect(events.map((e) => e.stage)).toEqual([
      'identified',
      'drafted',
      'sent',
      'replied',
      'meeting',
      'ongoing',
    ]);
    expect(events[2]).toMatchObject({
      channel: 'connection-note',
      text: 'Hello Ines, 20 minutes next week?',
    });
    expect(events[3]).toMatchObject({ note: 'Said yes to a call' });
    expect(events[5]).toMatchObject({ needs: ['sponsorship'] });
    const [person] = await store.listPeople();
    expect(person).toMatchObject({ stage: 'ongoing', needs: ['project-feedback', 'sponsorship'] });
    expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort());
  });

  it('closing needs a reason (declined, no reply; other by default) and reopening clears it', async () => {
    const { store } = await withPerson();
    expect((await store.moveStage('ines-r', 'closed', { closedReason: 'no-reply' })).closedReason).toBe(
      'no-reply',
    );
    expect((await store.moveStage('ines-r', 'closed')).closedReason).toBe('other');
    const reopened = await store.moveStage('ines-r', 'sent');
    expect(reopened.stage).toBe('sent');
    expect('closedReason' in reopened).toBe(false);
    const events = await store.listEvents('ines-r');
    expect(events.map((e) => [e.stage, e.closedReason])).toEqual([
      ['identified', undefined],
      ['closed', 'no-reply'],
      ['closed', 'other'],
      ['sent', undefined],
    ]);
  });

  it('moves in the same millisecond keep their order', async () => {
    const { store } = await withPerson();
    for (const s of ['drafted', 'sent', 'replied', 'meeting'] as Stage[]) await store.moveStage('ines-r', s);
    expect((await store.listEvents()).map((e) => e.stage)).toEqual([
      'identified',
      'drafted',
      'sent',
      'replied',
      'meeting',
    ]);
  });

  it('refuses a move for someone not in the store, writing nothing', async () => {
    const { store } = await withPerson();
    await expect(store.moveStage('nobody-here', 'sent')).rejects.toThrow(/not in your pipeline/);
    expect(await store.listEvents('nobody-here')).toEqual([]);
  });

  it('a connection not yet in the pipeline enters it when moved', async () => {
    const { store } = await withPerson();
    await store.feedback('quiet-one', 'networks', 'confirm');
    expect((await store.listPeople()).map((p) => p.slug)).toEqual(['ines-r']);
    await store.moveStage('quiet-one', 'drafted');
    expect((await store.listPeople()).map((p) => p.slug).sort()).toEqual(['ines-r', 'quiet-one']);
  });

  it('logTouch keeps the stage and records the touch; next-date needs a date', async () => {
    const { store, c } = await withPerson();
    await store.moveStage('ines-r', 'meeting');
    c.advanceDays(1);
    await store.logTouch('ines-r', { kind: 'thank-you', channel: 'message', text: 'Thank you!' });
    await store.logTouch('ines-r', { kind: 'next-date', nextAt: '2026-04-01T10:00:00Z' });
    await expect(store.logTouch('ines-r', { kind: 'next-date' })).rejects.toThrow(/date/);
    await expect(store.logTouch('ines-r', { kind: 'next-date', nextAt: 'soon' })).rejects.toThrow(/date/);
    const events = await store.listEvents('ines-r');
    expect(events.slice(2)).toEqual([
      expect.objectContaining({ stage: 'meeting', kind: 'thank-you', text: 'Thank you!' }),
      expect.objectContaining({ stage: 'meeting', kind: 'next-date', nextAt: '2026-04-01T10:00:00.000Z' }),
    ]);
    expect((await store.listPeople())[0]?.stage).toBe('meeting');
  });
});
