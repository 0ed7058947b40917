import { describe, expect, it } from 'vitest';
import { coach } from '../../lib/coach';
import { CHANNELS, DEFAULT_SETTINGS, EMPTY_SELF, NEED_IDS, type NeedId } from '../../lib/domain';
import {
  channelLimit,
  countWords,
  draftRequest,
  INMAIL_SUBJECT_LIMIT,
  measureLength,
  WORD_TARGET,
} from '../../lib/draft';
import { DANA, DANA_TAGS, input, LEO, NEEDS, SELF } from './examples';

const ALL_NEEDS: NeedId[] = [...NEED_IDS, 'custom-grant-writing'];

describe('draftRequest: every need on every channel', () => {
  for (const channel of CHANNELS)
    for (const need of ALL_NEEDS)
      it(`${need} as ${channel}: within the limit, a strong draft`, () => {
        const draft = draftRequest(input({ channel, needIds: [need] }));
        expect(draft.channel).toBe(channel);
        expect(draft.length).toBe(measureLength(draft.text));
        expect(draft.limit).toBe(channelLimit(channel, DEFAULT_SETTINGS, false));
        if (draft.limit !== null) expect(draft.length).toBeLessThanOrEqual(draft.limit);
        if (channel !== 'connection-note') {
          expect(draft.words).toBeGreaterThanOrEqual(WORD_TARGET.min);
          expect(draft.words).toBeLessThanOrEqual(WORD_TARGET.max);
        }
        expect(draft.subject === null).toBe(channel === 'connection-note' || channel === 'message');
        if (draft.subject) expect(measureLength(draft.subject)).toBeLessThanOrEqual(INMAIL_SUBJECT_LIMIT);
        expect(draft.text).toMatch(/Dana/);
        expect(draft.text).not.toMatch(/mentor/i);
        expect(draft.missing).toEqual([]);
        const questions = draft.text.match(/\?+/g)?.length ?? 0;
        expect(questions).toBeGreaterThanOrEqual(1);
        expect(questions).toBeLessThanOrEqual(3);
        const review = coach(draft.text, {
          channel,
          subject: draft.subject ?? undefined,
          personName: DANA.name,
        });
        expect(review.findings.filter((f) => f.kind === 'hedge')).toEqual([]);
        expect(review.score).toBeGreaterThanOrEqual(75);
      });
});

describe('draftRequest: content', () => {
  it('asks for something a person can say yes to, and carries why, the goal, a time box and the offer', () => {
    const { text } = draftRequest(input());
    expect(text).toContain(
      'Would you read my paper on clinical risk models and tell me where it is weakest?',
    );
    expect(text).toContain('Director of Clinical Analytics at Fjordline Health');
    expect(text).toContain('lead a clinical data science team within two years');
    expect(text).toMatch(/20 minutes on a video call next week/);
    expect(text).toContain('Python code review');
    expect(text).toMatch(/Sam Rivera$/);
  });

  it('carries the request the user wrote, word for word', () => {
    const request =
      'Would you read my draft on calibrating readmission models and tell me where it is weakest?';
    const needs = NEEDS.map((n) => (n.id === 'project-feedback' ? { ...n, request } : n));
    for (const channel of ['message', 'inmail', 'email', 'connection-note'] as const)
      expect(draftRequest(input({ needs, channel })).text, channel).toContain(request);
  });

  it('suggests coffee in the same city and a call elsewhere', () => {
    expect(draftRequest(input({ person: LEO })).text).toMatch(/30 minutes over coffee in Lyon/);
    expect(draftRequest(input({ person: DANA })).text).not.toMatch(/coffee/);
    const callOnly = { ...SELF, formats: ['call'] };
    expect(draftRequest(input({ self: callOnly })).text).toMatch(/20 minutes on a call/);
  });

  it('keeps confidential asks confidential, in every variant', () => {
    for (const need of ['accountability', 'safe-space', 'emotional-support'] as const)
      for (const variant of [0, 1, 2]) {
        const { text } = draftRequest(input({ needIds: [need], variant }));
        expect(text, `${need} ${variant}`).toMatch(/confidential|between us/i);
      }
    expect(draftRequest(input({ needIds: ['project-feedback'] })).text).not.toMatch(/confiden|between us/i);
  });

  it('asks a sponsor for advice and visibility, never to be a sponsor', () => {
    const { text } = draftRequest(input({ needIds: ['sponsorship'] }));
    expect(text).toContain('how the data platform lead role will be filled');
    expect(text).toMatch(/strong candidate/);
    expect(text).not.toMatch(/sponsor/i);
  });

  it('writes different requests for different needs', () => {
    const texts = new Set(NEED_IDS.map((id) => draftRequest(input({ needIds: [id] })).text));
    expect(texts.size).toBe(NEED_IDS.length);
  });

  it('joins a second need to the ask', () => {
    const { text } = draftRequest(input({ needIds: ['sponsorship', 'project-feedback'] }));
    expect(text).toContain('the data platform lead role');
    expect(text).toContain('my paper on clinical risk models');
  });
});

describe('draftRequest: variants and people', () => {
  it('cycles through distinct variants, modulo the count, deterministically', () => {
    const first = draftRequest(input({ variant: 0 }));
    expect(first.variants).toBeGreaterThanOrEqual(3);
    const texts = Array.from({ length: first.variants }, (_, v) => draftRequest(input({ variant: v })).text);
    expect(new Set(texts).size).toBe(first.variants);
    expect(draftRequest(input({ variant: first.variants })).text).toBe(texts[0]);
    expect(draftRequest(input({ variant: -1 })).variant).toBe(first.variants - 1);
    expect(draftRequest(input({ variant: 1 })).text).toBe(texts[1]);
    expect(draftRequest(input({ variant: Number.NaN })).variant).toBe(0);
  });

  it('never writes the same draft for two people', () => {
    for (const channel of CHANNELS)
      for (const need of ALL_NEEDS)
        for (const variant of [0, 1, 2]) {
          const a = draftRequest(input({ channel, needIds: [need], variant, person: DANA, tags: DANA_TAGS }));
          const b = draftRequest(input({ channel, needIds: [need], variant, person: LEO, tags: [] }));
          expect(a.text, `${channel} ${need} ${variant}`).not.toBe(b.text);
        }
  });

  it('greets by first name, skipping titles', () => {
    expect(draftRequest(input()).text).toMatch(/^(Hi|Hello) Dana,/);
    expect(draftRequest(input({ person: LEO })).text).toMatch(/^(Hi|Hello) Leo,/);
  });
});

describe('draftRequest: gaps', () => {
  it('an empty self-profile still drafts, with the gaps marked and named', () => {
    const draft = draftRequest(
      input({ self: EMPTY_SELF, needs: [], tags: [], person: { slug: 'x-fictional' } }),
    );
    for (const gap of ['[your goal]', '[your name]', '[what you can offer in return]', '[their name]'])
      expect(draft.text).toContain(gap);
    expect(draft.missing).toEqual(expect.arrayContaining(['goal', 'name', 'offers', 'field', 'ask']));
    expect(draft.text).toMatch(/\?/);
    expect(draft.words).toBeGreaterThanOrEqual(WORD_TARGET.min);
  });

  it('a note drops what it has no room for, and names only gaps left in the text', () => {
    const draft = draftRequest(input({ self: EMPTY_SELF, channel: 'connection-note' }));
    expect(draft.length).toBeLessThanOrEqual(200);
    expect(draft.missing).not.toContain('goal');
    expect(draft.text).toContain('Dana');
  });

  it('no needs at all still asks something', () => {
    const draft = draftRequest(input({ needIds: [] }));
    expect(draft.text).toContain('[your specific ask]');
    expect(draft.missing).toContain('ask');
  });

  it('a person known only by slug gets a marked why and name', () => {
    const { text } = draftRequest(input({ person: { slug: 'only-a-slug' }, tags: [] }));
    expect(text).toContain('[their name]');
    expect(text).toContain('[one specific thing from their profile]');
  });
});

describe('draftRequest: counts', () => {
  it('reports words and length of its own text', () => {
    const draft = draftRequest(input());
    expect(draft.words).toBe(countWords(draft.text));
  });
});
