import { hasSubject, INMAIL_SUBJECT_LIMIT, measureLength, WORD_TARGET } from '../draft/channel';
import { firstName } from '../draft/text';
import type { Compiled } from './compile';
import { has, hits, overflowAt, questions, sentenceStart, wordAt } from './spans';
import type { CoachOptions, Finding } from './types';

// Each check reads the text and adds findings. English-specific words live in the phrase files.

export interface Context {
  text: string;
  opts: CoachOptions;
  c: Compiled;
  length: number;
  words: number;
  limit: number | null;
  say: (key: string, slots?: Record<string, string | number>) => string;
}

export function checkPhrases({ text, c }: Context, out: Finding[]): void {
  for (const h of hits(c.hedges, text)) {
    const p = c.phrases.hedges[h.entry]!;
    out.push({ kind: 'hedge', text: p.text, start: h.start, end: h.end, severity: p.severity ?? 'medium' });
  }
  for (const h of hits(c.vagueAsks, text)) {
    const p = c.phrases.vagueAsks[h.entry]!;
    out.push({
      kind: 'vague-ask',
      text: p.text,
      start: h.start,
      end: h.end,
      severity: p.severity ?? 'medium',
    });
  }
  const opener = hits(c.mentorOpener, text, 1)[0];
  if (opener)
    out.push({
      kind: 'mentor-opener',
      text: c.phrases.text['mentor-opener']!,
      ...span(opener),
      severity: 'high',
    });
  for (const h of hits(c.placeholder, text))
    out.push({ kind: 'placeholder', text: c.phrases.text.placeholder!, ...span(h), severity: 'high' });
}

export function checkAsk(ctx: Context, out: Finding[]): void {
  const { text, c, say } = ctx;
  const qs = questions(text);
  if (qs.length === 0 && !has(c.askMarkers, text))
    out.push({ kind: 'no-ask', text: say('no-ask'), severity: 'high' });
  if (qs.length > 3) {
    const from = sentenceStart(text, qs[3]!.start);
    const to = qs[qs.length - 1]!.end;
    out.push({
      kind: 'too-many-questions',
      text: say('too-many-questions', { n: qs.length }),
      start: from,
      end: to,
      severity: 'medium',
    });
  }
  if (!has(c.timeBoxes, text))
    out.push({ kind: 'no-time-box', text: say('no-time-box'), severity: 'medium' });
}

export function checkReasons(ctx: Context, out: Finding[]): void {
  const { text, c, say, opts } = ctx;
  const altruism = hits(c.altruism, text, 1)[0];
  if (altruism && has(c.selfInterest, text))
    out.push({ kind: 'mixed-reasons', text: say('mixed-reasons'), ...span(altruism), severity: 'medium' });
  const note = opts.channel === 'connection-note';
  // A 200-character note may spend its room on the ask; an offer there is a bonus.
  if (!has(c.giveBack, text))
    out.push({ kind: 'all-take', text: say('all-take'), severity: note ? 'low' : 'medium' });
  if (!has(c.whyYou, text)) out.push({ kind: 'no-why-you', text: say('no-why-you'), severity: 'medium' });
  const first = firstName(opts.personName);
  if (first && !text.toLowerCase().includes(first.toLowerCase()))
    out.push({ kind: 'no-name', text: say('no-name'), severity: 'low' });
}

export function checkLength(ctx: Context, out: Finding[]): void {
  const { text, opts, length, words, limit, say } = ctx;
  const end = text.length;
  if (limit !== null && length > limit) {
    const slots = { length, limit, channel: opts.channel };
    out.push({
      kind: 'too-long',
      text: say('too-long-chars', slots),
      start: overflowAt(text, limit),
      end,
      severity: 'high',
    });
  } else if (opts.channel !== 'connection-note' && words > WORD_TARGET.max) {
    out.push({
      kind: 'too-long',
      text: say('too-long-words', { words }),
      start: wordAt(text, WORD_TARGET.max),
      end,
      severity: 'medium',
    });
  }
  if (opts.channel === 'connection-note') {
    if (words < 8) out.push({ kind: 'too-short', text: say('too-short-note'), severity: 'low' });
  } else if (words < WORD_TARGET.min) {
    out.push({
      kind: 'too-short',
      text: say('too-short-words', { words }),
      severity: words < 25 ? 'medium' : 'low',
    });
  }
  if (hasSubject(opts.channel) && opts.subject !== undefined) {
    const subject = opts.subject.trim();
    if (!subject) out.push({ kind: 'no-subject', text: say('no-subject'), severity: 'medium' });
    else if (measureLength(subject) > INMAIL_SUBJECT_LIMIT) {
      const slots = { length: measureLength(subject), limit: INMAIL_SUBJECT_LIMIT };
      out.push({ kind: 'too-long', text: say('too-long-subject', slots), severity: 'high' });
    }
  }
}

function span(h: { start: number; end: number }): { start: number; end: number } {
  return { start: h.start, end: h.end };
}
