import { DEFAULT_SETTINGS } from '../domain';
import {
  channelLimit,
  countWords,
  hasSubject,
  INMAIL_SUBJECT_LIMIT,
  measureLength,
  WORD_TARGET,
} from './channel';
import { NOTE_BUDGET_SPENT, noteBudget } from './note-budget';
import { buildParts, GAPS } from './parts';
import { shorten } from './shorten';
import { clipWords, upperFirst } from './text';
import type { Draft, DraftInput } from './types';
import { whyThisPerson } from './why';

/**
 * A first draft the user edits and sends themselves: the specific ask, why this person, what/where
 * next, one time-boxed first step, what the user offers back and, for formal asks, ground rules.
 * Pure and deterministic: the same input and variant give the same draft.
 */
export function draftRequest(input: DraftInput): Draft {
  const { self, needs, person, channel } = input;
  const settings = { ...DEFAULT_SETTINGS, ...input.settings };
  const lead = input.needIds[0];
  const why = whyThisPerson(person, input.tags ?? [], lead);
  const requested = Number.isFinite(input.variant) ? Math.trunc(input.variant ?? 0) : 0;
  const probe = buildParts(self, needs, person, why, input.needIds, channel, 0);
  const variant = ((requested % probe.variants) + probe.variants) % probe.variants;
  const built = variant === 0 ? probe : buildParts(self, needs, person, why, input.needIds, channel, variant);

  const limit = channelLimit(channel, settings, self.premium);
  const words = channel === 'connection-note' ? null : WORD_TARGET.max;
  const text = shorten(built, channel, { chars: limit, words });

  let subject: string | null = null;
  if (hasSubject(channel)) {
    const filled = built.variant.subject.replace('{topic}', built.topic).replace('{dur}', built.dur);
    subject = clipWords(upperFirst(filled), INMAIL_SUBJECT_LIMIT) || 'A short request';
  }

  const missing: string[] = (Object.keys(GAPS) as (keyof typeof GAPS)[]).filter((field) =>
    text.includes(GAPS[field]),
  );
  if (built.askGap) missing.push('ask');

  const draft: Draft = {
    channel,
    subject,
    text,
    length: measureLength(text),
    limit,
    words: countWords(text),
    variant,
    variants: built.variants,
    missing,
  };
  const suggestion = suggest(input, settings);
  if (suggestion) draft.suggestion = suggestion;
  return draft;
}

function suggest(input: DraftInput, settings: DraftInput['settings']): string | undefined {
  const { channel, person, self } = input;
  if (person.degree === 1 && (channel === 'connection-note' || channel === 'inmail'))
    return 'You are already connected: send this as a message instead.';
  if (channel !== 'connection-note') return undefined;
  const left = noteBudget(input.notesSentLast30Days ?? 0, settings, self.premium);
  if (left === 0) return NOTE_BUDGET_SPENT;
  if (left === 1)
    return 'This is likely your last personalised note this month: keep it for someone you cannot reach otherwise.';
  return undefined;
}
