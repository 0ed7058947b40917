import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type OutreachEvent } from '../../lib/domain';
import { draftRequest, NOTE_BUDGET_SPENT, noteBudget } from '../../lib/draft';
import { notesSentInWindow } from '../../lib/pipeline/note-budget';
import { input, SELF } from './examples';

describe('noteBudget', () => {
  it.each([
    [0, 5],
    [3, 2],
    [5, 0],
    [9, 0],
    [-2, 5],
    [Number.NaN, 5],
    [2.7, 3],
  ])('%s notes sent → %s left on a free account', (sent, left) => {
    expect(noteBudget(sent, DEFAULT_SETTINGS, false)).toBe(left);
  });

  it('follows the setting, and knows no cap on Premium', () => {
    expect(noteBudget(1, { ...DEFAULT_SETTINGS, noteBudgetPerMonth: 10 }, false)).toBe(9);
    expect(noteBudget(50, DEFAULT_SETTINGS, true)).toBeNull();
  });
});

describe('notesSentInWindow: the one count the popup and npm run draft share', () => {
  const now = new Date('2030-06-30T12:00:00Z');
  const event = (over: Partial<OutreachEvent>): OutreachEvent => ({
    id: Math.random().toString(36),
    slug: 'p',
    stage: 'sent',
    at: '2030-06-20T00:00:00Z',
    channel: 'connection-note',
    text: 'Hi there',
    needs: [],
    ...over,
  });
  it('counts personalised notes marked sent in the last 30 days only', () => {
    const events = [
      event({}),
      event({ at: '2030-06-01T00:00:00Z' }),
      event({ at: '2030-05-20T00:00:00Z' }), // too old
      event({ at: '2030-07-05T00:00:00Z' }), // in the future
      event({ channel: 'message' }),
      event({ stage: 'drafted' }),
      event({ text: '   ' }), // a request without a note costs nothing
      event({ text: undefined }),
      event({ at: 'not a date' }),
      event({ kind: 'follow-up' }), // a follow-up touch is not a new note
      event({ at: '2030-06-30T13:30:00+02:00' }), // an imported offset: 11:30 UTC, inside
      event({ at: '2030-05-31T12:00:00Z' }), // exactly 30 days before: outside
    ];
    expect(notesSentInWindow(events, now)).toBe(3);
    expect(notesSentInWindow([], now)).toBe(0);
  });
});

describe('draft suggestions', () => {
  it('suggests connecting without a note when the free budget is spent', () => {
    const draft = draftRequest(input({ channel: 'connection-note', notesSentLast30Days: 5 }));
    expect(draft.suggestion).toBe(NOTE_BUDGET_SPENT);
    expect(draft.suggestion).toMatch(/without a note/);
    expect(draft.suggestion).toMatch(/message/);
  });

  it('warns on the last note, stays quiet with budget left, on Premium and on other channels', () => {
    expect(draftRequest(input({ channel: 'connection-note', notesSentLast30Days: 4 })).suggestion).toMatch(
      /last/,
    );
    expect(
      draftRequest(input({ channel: 'connection-note', notesSentLast30Days: 1 })).suggestion,
    ).toBeUndefined();
    const premium = { ...SELF, premium: true };
    expect(
      draftRequest(input({ channel: 'connection-note', notesSentLast30Days: 40, self: premium })).suggestion,
    ).toBeUndefined();
    expect(draftRequest(input({ channel: 'message', notesSentLast30Days: 40 })).suggestion).toBeUndefined();
  });

  it('points a 1st-degree connection to a plain message', () => {
    const person = { slug: 'c', name: 'Ana Ruiz', degree: 1 };
    expect(draftRequest(input({ channel: 'inmail', person })).suggestion).toMatch(/already connected/);
    expect(draftRequest(input({ channel: 'message', person })).suggestion).toBeUndefined();
  });
});
