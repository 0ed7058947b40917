import { DEFAULT_SETTINGS } from '../domain';
import { channelLimit, countWords, hasSubject, measureLength } from './channel';
import { GAPS, pieces, VARIANTS } from './compose';
import { NOTE_BUDGET_SPENT, noteBudget } from './note-budget';
import type { Draft, DraftInput } from './types';
import { writeDraft, writeSubject } from './write';

/**
 * A first draft the user edits and sends themselves: the request as they would say it (or one
 * built from what they need), why this person, what/where next, one time-boxed first step, what
 * the user offers back. Pure and deterministic: the same input and variant give the same draft.
 */
export function draftRequest(input: DraftInput): Draft {
  const { self, channel } = input;
  const settings = { ...DEFAULT_SETTINGS, ...input.settings };
  const requested = Number.isFinite(input.variant) ? Math.trunc(input.variant ?? 0) : 0;
  const variant = ((requested % VARIANTS) + VARIANTS) % VARIANTS;
  const p = pieces(input, variant);
  const limit = channelLimit(channel, settings, self.premium);
  const text = writeDraft(p, channel, limit);
  const subject = hasSubject(channel) ? writeSubject(p) : null;

  const missing: string[] = (Object.keys(GAPS) as (keyof typeof GAPS)[]).filter((field) =>
    text.includes(GAPS[field]),
  );
  if (p.askGap) missing.push('ask');

  const draft: Draft = {
    channel,
    subject,
    text,
    length: measureLength(text),
    limit,
    words: countWords(text),
    variant,
    variants: VARIANTS,
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
