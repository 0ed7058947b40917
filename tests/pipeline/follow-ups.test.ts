import { describe, expect, it } from 'vitest';
import { followUpsDue } from '../../lib/pipeline/follow-ups';
import { event, person } from './factories';

const rules = { noReplyDays: 7 };
const at = (iso: string) => new Date(iso);

describe('no reply after a request', () => {
  const people = [person('ada', { stage: 'sent' })];
  const events = [
    event('ada', 'identified', '2026-03-01T10:00:00.000Z'),
    event('ada', 'sent', '2026-03-02T10:00:00.000Z'),
  ];

  it.each([
    ['a day after sending', '2026-03-03T10:00:00.000Z', 0],
    ['a second before seven days', '2026-03-09T09:59:59.000Z', 0],
    ['exactly seven days', '2026-03-09T10:00:00.000Z', 1],
    ['a month later', '2026-04-02T10:00:00.000Z', 1],
  ])('%s → %i due', (_n, now, count) => {
    const due = followUpsDue(people, events, rules, at(now));
    expect(due).toHaveLength(count);
    if (count)
      expect(due[0]).toMatchObject({ slug: 'ada', kind: 'no-reply', dueAt: '2026-03-09T10:00:00.000Z' });
  });

  it('the number of days is a setting', () => {
    expect(followUpsDue(people, events, { noReplyDays: 3 }, at('2026-03-05T10:00:00.000Z'))).toHaveLength(1);
    expect(followUpsDue(people, events, { noReplyDays: 14 }, at('2026-03-10T10:00:00.000Z'))).toHaveLength(0);
  });

  it('a logged follow-up restarts the clock', () => {
    const more = [...events, event('ada', 'sent', '2026-03-10T10:00:00.000Z', { kind: 'follow-up' })];
    expect(followUpsDue(people, more, rules, at('2026-03-12T10:00:00.000Z'))).toEqual([]);
    expect(followUpsDue(people, more, rules, at('2026-03-17T10:00:00.000Z'))[0]?.dueAt).toBe(
      '2026-03-17T10:00:00.000Z',
    );
  });

  it.each(['identified', 'drafted', 'replied', 'closed'] as const)('nothing is due in %s', (stage) => {
    expect(followUpsDue([person('ada', { stage })], events, rules, at('2026-06-01T00:00:00.000Z'))).toEqual(
      [],
    );
  });

  it('people outside the pipeline are never reminded about', () => {
    expect(
      followUpsDue(
        [person('ada', { stage: 'sent', inPipeline: false })],
        events,
        rules,
        at('2026-06-01T00:00:00.000Z'),
      ),
    ).toEqual([]);
  });
});

describe('after a meeting: a thank-you and the next date', () => {
  const meetingAt = '2026-03-10T15:00:00.000Z';
  const base = [event('bo', 'sent', '2026-03-01T10:00:00.000Z'), event('bo', 'meeting', meetingAt)];
  const now = at('2026-03-10T18:00:00.000Z');

  it('both are due right after the meeting', () => {
    const due = followUpsDue([person('bo', { stage: 'meeting' })], base, rules, now);
    expect(due.map((d) => [d.kind, d.dueAt])).toEqual([
      ['thank-you', meetingAt],
      ['next-date', meetingAt],
    ]);
  });

  it('logging the thank-you and the next date clears them, until that date passes', () => {
    const events = [
      ...base,
      event('bo', 'meeting', '2026-03-10T19:00:00.000Z', { kind: 'thank-you' }),
      event('bo', 'meeting', '2026-03-10T19:05:00.000Z', {
        kind: 'next-date',
        nextAt: '2026-04-07T15:00:00.000Z',
      }),
    ];
    const bo = [person('bo', { stage: 'ongoing' })];
    expect(followUpsDue(bo, events, rules, at('2026-03-20T00:00:00.000Z'))).toEqual([]);
    const later = followUpsDue(bo, events, rules, at('2026-04-08T00:00:00.000Z'));
    expect(later).toEqual([
      expect.objectContaining({ kind: 'next-date', dueAt: '2026-04-07T15:00:00.000Z' }),
    ]);
  });

  it('a new meeting asks for a new thank-you', () => {
    const events = [
      ...base,
      event('bo', 'meeting', '2026-03-10T19:00:00.000Z', { kind: 'thank-you' }),
      event('bo', 'meeting', '2026-03-10T19:05:00.000Z', {
        kind: 'next-date',
        nextAt: '2026-04-07T15:00:00.000Z',
      }),
      event('bo', 'meeting', '2026-04-07T16:00:00.000Z'),
    ];
    const due = followUpsDue(
      [person('bo', { stage: 'meeting' })],
      events,
      rules,
      at('2026-04-07T17:00:00.000Z'),
    );
    expect(due.map((d) => d.kind).sort()).toEqual(['next-date', 'thank-you']);
  });

  it('ongoing without any meeting logged: nothing to thank for yet', () => {
    expect(
      followUpsDue([person('cy', { stage: 'ongoing' })], [event('cy', 'ongoing', meetingAt)], rules, now),
    ).toEqual([]);
  });
});

it('sorts what is due oldest first across people', () => {
  const due = followUpsDue(
    [person('late', { stage: 'sent' }), person('early', { stage: 'sent' })],
    [event('late', 'sent', '2026-02-10T00:00:00.000Z'), event('early', 'sent', '2026-02-01T00:00:00.000Z')],
    rules,
    at('2026-03-01T00:00:00.000Z'),
  );
  expect(due.map((d) => d.slug)).toEqual(['early', 'late']);
});
