import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, DEFAULT_SETTINGS, NEED_IDS } from '../../lib/domain';
import {
  channelLimit,
  countWords,
  draftRequest,
  INMAIL_SUBJECT_LIMIT,
  measureLength,
  WORD_TARGET,
} from '../../lib/draft';
import { DANA, HOSTILE, input, NEEDS, SELF } from './examples';

// Every channel stays within its limit, whatever the inputs; shortening never cuts a word.

const vocabulary = Array.from({ length: 2000 }, (_, i) => `word${i}x`).join(' ');
const LONG_ASK = vocabulary.slice(0, 10_000);
// Line feeds are the drafter's own paragraphs; every other control character must be gone.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f]/;
const GROUND = /confiden|between us|quarter|every few months/;
const ONE_HUGE_WORD = 'a'.repeat(10_000);

function withAsk(ask: string) {
  return NEEDS.map((n) => ({ ...n, ask }));
}

function within(channel: (typeof CHANNELS)[number], text: string, subject: string | null, premium = false) {
  const limit = channelLimit(channel, DEFAULT_SETTINGS, premium);
  if (limit !== null) expect(measureLength(text)).toBeLessThanOrEqual(limit);
  if (subject !== null) expect(measureLength(subject)).toBeLessThanOrEqual(INMAIL_SUBJECT_LIMIT);
}

const CASES: { name: string; over: Parameters<typeof input>[0] }[] = [
  { name: '10,000-character ask', over: { needs: withAsk(LONG_ASK) } },
  { name: 'one 10,000-character word', over: { needs: withAsk(ONE_HUGE_WORD) } },
  {
    name: 'emoji and other scripts everywhere',
    over: {
      needs: withAsk(HOSTILE.repeat(200)),
      person: { ...DANA, name: HOSTILE, headline: HOSTILE.repeat(50) },
    },
  },
  {
    name: 'huge self-profile',
    over: {
      self: {
        ...SELF,
        name: 'N'.repeat(500),
        goal: LONG_ASK,
        field: LONG_ASK,
        organization: LONG_ASK,
        offers: [LONG_ASK, LONG_ASK, LONG_ASK, LONG_ASK],
      },
    },
  },
  {
    name: 'huge person',
    over: {
      person: { slug: 'x', name: LONG_ASK, headline: LONG_ASK, company: LONG_ASK, location: LONG_ASK },
    },
  },
  {
    name: 'line breaks and control characters',
    over: { needs: withAsk('line one\nline two\r\n\u0000\u0007tab\there'.repeat(300)) },
  },
  {
    name: 'many tag reasons',
    over: {
      tags: [
        { need: 'project-feedback', strength: 1, reasons: Array(50).fill(`Lists '${'risk '.repeat(30)}'`) },
      ],
    },
  },
];

describe('every channel within its limit, even for absurd inputs', () => {
  for (const { name, over } of CASES)
    for (const channel of CHANNELS)
      it(`${name} as ${channel}`, () => {
        for (const need of NEED_IDS) {
          const draft = draftRequest(input({ ...over, channel, needIds: [need, 'sponsorship'] }));
          within(channel, draft.text, draft.subject);
          if (channel !== 'connection-note') expect(draft.words).toBeLessThanOrEqual(WORD_TARGET.max);
          expect(draft.text).toMatch(/\p{L}/u);
          expect(draft.text).not.toMatch(CONTROL);
        }
      });
});

describe('shortening', () => {
  it('never cuts a word of the ask', () => {
    for (const channel of CHANNELS) {
      const { text } = draftRequest(input({ channel, needs: withAsk(LONG_ASK) }));
      const pieces = text.match(/\S*word\S*/g) ?? [];
      expect(pieces.length, channel).toBeGreaterThan(0);
      for (const piece of pieces) expect(piece, channel).toMatch(/^word\d+x[.,:?]*$/);
    }
  });

  it('leaves out the offer detail and the goal before the why and the rhythm when a message runs long', () => {
    const full = draftRequest(input({ channel: 'inmail', needIds: ['accountability'] }));
    expect(full.text).toMatch(GROUND);
    expect(full.text).toContain('Python code review or intros');
    const tight = draftRequest(
      input({ channel: 'message', needIds: ['accountability'], needs: withAsk(vocabulary.slice(0, 500)) }),
    );
    expect(tight.words).toBeLessThanOrEqual(WORD_TARGET.max);
    expect(tight.text).not.toContain('intros to the local ML meetup');
    expect(tight.text).toContain('Director of Clinical Analytics');
    expect(tight.text).toMatch(/15-minute check-in every two weeks/);
    expect(tight.text).not.toMatch(/…/u);
  });

  it('uses the Premium note limit when the user has Premium, and the settings when changed', () => {
    const long = withAsk(LONG_ASK);
    const free = draftRequest(input({ channel: 'connection-note', needs: long }));
    const premium = draftRequest(
      input({ channel: 'connection-note', needs: long, self: { ...SELF, premium: true } }),
    );
    expect(free.limit).toBe(200);
    expect(premium.limit).toBe(300);
    expect(free.length).toBeGreaterThan(150);
    expect(premium.length).toBeGreaterThan(free.length);
    expect(premium.length).toBeLessThanOrEqual(300);
    const settings = { ...DEFAULT_SETTINGS, noteLimitFree: 50 };
    const tiny = draftRequest(input({ channel: 'connection-note', needs: long, settings }));
    expect(tiny.limit).toBe(50);
    expect(tiny.length).toBeLessThanOrEqual(50);
  });

  it('counts an emoji as two and a line break as two (conservative)', () => {
    expect(measureLength('👩🏽‍💻')).toBe('👩🏽‍💻'.length);
    expect(measureLength('a\nb')).toBe(4);
    expect(measureLength('')).toBe(0);
  });
});

describe('property: any input drafts within limits, never throws', () => {
  const text = fc.string({ unit: 'binary', maxLength: 400 });
  it('holds for arbitrary strings in every field', () => {
    fc.assert(
      fc.property(
        text,
        text,
        text,
        fc.array(text, { maxLength: 4 }),
        fc.constantFrom(...CHANNELS),
        fc.constantFrom(...NEED_IDS),
        fc.integer(),
        fc.boolean(),
        (name, headline, ask, offers, channel, need, variant, premium) => {
          const draft = draftRequest(
            input({
              channel,
              variant,
              needIds: [need],
              needs: withAsk(ask),
              self: { ...SELF, offers, goal: ask, premium },
              person: { slug: 's', name, headline, location: headline },
            }),
          );
          within(channel, draft.text, draft.subject, premium);
          expect(draft.variant).toBeGreaterThanOrEqual(0);
          expect(draft.variant).toBeLessThan(draft.variants);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['one', 1],
    ["Hi there, I'm Sam.", 4],
    ['well-known _x_ 20-minute', 3],
    ['--- ... !!!', 0],
    ['naïve Zoë café', 3],
    ['こんにちは世界', 4],
    ['مرحبا بالعالم', 2],
    ['👋 hi', 1],
  ])('%j → %i', (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it('the ASCII scan agrees with the Unicode rule', () => {
    const rule = (text: string) => [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu)].length;
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."ab9 '_-.,\n".split('')), maxLength: 200 }),
        (text) => {
          expect(countWords(text)).toBe(rule(text));
        },
      ),
    );
  });
});
