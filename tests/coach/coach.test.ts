import { describe, expect, it } from 'vitest';
import { type CoachOptions, coach, type FindingKind } from '../../lib/coach';
import { DEFAULT_SETTINGS } from '../../lib/domain';
import { OPTIONS, STRONG, STRONG_NOTE } from './examples';

const kinds = (text: string, opts: CoachOptions = OPTIONS) => coach(text, opts).findings.map((f) => f.kind);

describe('strong requests pass', () => {
  it.each([
    ['message', STRONG],
    ['inmail', STRONG],
    ['email', STRONG],
    ['connection-note', STRONG_NOTE],
  ] as const)('%s: no weakness, a high score and the encouragement', (channel, text) => {
    const result = coach(text, {
      channel,
      personName: 'Priya Raman',
      subject: channel === 'message' ? undefined : 'Your read on our sepsis paper',
    });
    expect(result.findings.filter((f) => !f.positive)).toEqual([]);
    expect(result.score).toBe(100);
    const cheer = result.findings.find((f) => f.kind === 'encouragement');
    expect(cheer?.text).toMatch(/yes more often than askers expect/);
  });
});

// Each weak example must raise its finding (and the strong one, above, raises none).
const WEAK: { kind: FindingKind; text: string; span?: string; opts?: Partial<CoachOptions> }[] = [
  {
    kind: 'hedge',
    text: STRONG.replace('Your talk', 'Sorry to bother you, but your talk'),
    span: 'Sorry to bother',
  },
  { kind: 'hedge', text: STRONG.replace("I'm asking", 'I just wanted to ask'), span: 'just' },
  {
    kind: 'hedge',
    text: STRONG.replace('next week?', 'next week? No worries if not!'),
    span: 'No worries if not',
  },
  {
    kind: 'hedge',
    text: STRONG.replace('Could we take', 'If you ever have a moment, could we take'),
    span: 'If you ever have a moment',
  },
  {
    kind: 'hedge',
    text: STRONG.replace('Hi Priya,', 'Hi Priya, I know you’re busy.'),
    span: 'I know you’re busy',
  },
  {
    kind: 'hedge',
    text: STRONG.replace('Could we take', 'I was wondering if maybe we could take'),
    span: 'I was wondering if maybe',
  },
  {
    kind: 'mentor-opener',
    text: STRONG.replace('Hi Priya,', 'Hi Priya, will you be my mentor?'),
    span: 'will you be my mentor',
  },
  {
    kind: 'no-ask',
    text: 'Hi Priya, your talk on triage models was great. I work in analytics at Meadowbank Clinic and publish on sepsis. In return, I can share our data. Thanks, Jordan',
  },
  {
    kind: 'vague-ask',
    text: STRONG.replace(
      'Could we take 20 minutes',
      'I would love to pick your brain, could we take 20 minutes',
    ),
    span: 'pick your brain',
  },
  {
    kind: 'vague-ask',
    text: STRONG.replace("I'm asking for feedback", 'Any advice you have would help; I want feedback'),
    span: 'Any advice you have',
  },
  {
    kind: 'no-time-box',
    text: STRONG.replace('Could we take 20 minutes on a video call next week?', 'Could we talk about it?'),
  },
  {
    kind: 'too-many-questions',
    text: STRONG.replace('next week?', 'next week? Or later? Is a call fine? Do you prefer email?'),
    span: 'Is a call fine? Do you prefer email?',
  },
  { kind: 'too-long', text: `${STRONG} ${'More detail about the project and the team. '.repeat(12)}` },
  { kind: 'too-long', text: `${STRONG_NOTE} ${STRONG_NOTE}`, opts: { channel: 'connection-note' } },
  {
    kind: 'too-short',
    text: 'Hi Priya, could we take 20 minutes on a call next week about your triage talk? In return I can share data.',
  },
  {
    kind: 'mixed-reasons',
    text: STRONG.replace('In return', 'It would help my career and give back to the community. In return'),
    span: 'give back',
  },
  {
    kind: 'all-take',
    text: STRONG.replace(
      'In return, I can share our anonymised benchmark data set and the code we used to build it.',
      'It matters a lot to me and my team right now.',
    ),
  },
  {
    kind: 'no-why-you',
    text: STRONG.replace(
      "Your talk on rebuilding the triage model at Harbourview Hospital is why I'm writing to you. ",
      '',
    ),
  },
  {
    kind: 'placeholder',
    text: STRONG.replace('publishing our sepsis early-warning results', '[your goal]'),
    span: '[your goal]',
  },
  { kind: 'no-subject', text: STRONG, opts: { channel: 'inmail', subject: '  ' } },
  { kind: 'too-long', text: STRONG, opts: { channel: 'inmail', subject: 'Subject '.repeat(30) } },
  { kind: 'no-name', text: STRONG.replace('Hi Priya,', 'Hello,') },
];

describe('each weakness is found, and pointed at', () => {
  for (const { kind, text, span, opts } of WEAK)
    it(`${kind}${span ? `: "${span}"` : ''}`, () => {
      const result = coach(text, { ...OPTIONS, ...opts });
      const found = result.findings.filter((f) => f.kind === kind);
      expect(found.length, JSON.stringify(result.findings)).toBeGreaterThan(0);
      expect(result.score).toBeLessThan(100);
      expect(
        result.findings.some((f) => f.kind === 'encouragement' && found.some((x) => x.severity === 'high')),
      ).toBe(false);
      if (span) expect(found.map((f) => text.slice(f.start, f.end))).toContain(span);
    });
});

describe('scoring', () => {
  it('a message with every weakness scores near zero', () => {
    const weak =
      "Hi, sorry to bother you! I know you're busy, but I was wondering if maybe you would be my mentor? I'd love to pick your brain sometime. No worries if not!";
    const result = coach(weak, OPTIONS);
    expect(result.score).toBeLessThan(20);
    expect(new Set(result.findings.map((f) => f.kind))).toEqual(
      new Set([
        'hedge',
        'mentor-opener',
        'vague-ask',
        'no-time-box',
        'all-take',
        'no-why-you',
        'too-short',
        'no-name',
      ]),
    );
  });

  it('repeats of one hedge cost a capped amount', () => {
    const one = coach(STRONG.replace("I'm asking", 'I just ask'), OPTIONS).score;
    const many = coach(STRONG.replace("I'm asking", `${'just '.repeat(20)}ask`), OPTIONS);
    expect(one).toBe(95);
    expect(many.score).toBe(70);
    expect(many.findings.filter((f) => f.kind === 'hedge').length).toBeLessThanOrEqual(20);
  });

  it('takes the note limit from the settings and Premium', () => {
    const long = 'word '.repeat(60).trim();
    expect(coach(long, { channel: 'connection-note' }).limit).toBe(200);
    expect(coach(long, { channel: 'connection-note', premium: true }).limit).toBe(300);
    expect(kinds(long, { channel: 'connection-note' })).toContain('too-long');
    expect(kinds(long, { channel: 'connection-note', premium: true })).not.toContain('too-long');
    const settings = { ...DEFAULT_SETTINGS, noteLimitFree: 400 };
    expect(kinds(long, { channel: 'connection-note', settings })).not.toContain('too-long');
  });

  it('points the too-long span at what is past the limit', () => {
    const text = `${STRONG_NOTE} ${'extra '.repeat(20)}`;
    const f = coach(text, { channel: 'connection-note' }).findings.find((x) => x.kind === 'too-long')!;
    expect(f.start).toBe(200);
    expect(f.end).toBe(text.length);
  });

  it('reports length and words as the drafter counts them', () => {
    const result = coach('Hi 👋\nthere', { channel: 'message' });
    expect(result.length).toBe('Hi 👋\nthere'.length + 1);
    expect(result.words).toBe(2);
    expect(result.limit).toBeNull();
  });
});
