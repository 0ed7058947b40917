import type { SelfProfile } from '../domain';
import { gerund, LEADING_VERBS, midSentence } from './casing';
import { clean, clipWords, joinList, stripEnd } from './text';

// The self-profile's phrases said inside the user's own sentences: the goal ("Lead a data team" →
// "my next step is to lead a data team", "committed to leading a data team") and the offers.

export interface Goal {
  /** "leading a clinical data science team": fits after "committed to", "candidate for". */
  gerund: string;
  /** "my next step is to lead a clinical data science team". */
  next: string;
}

export function goalOf(self: SelfProfile, proper: Set<string>): Goal | null {
  let g = stripEnd(clipWords(clean(self.goal), 160));
  g = g.replace(/^(?:my goal is to|i want to|i'd like to|i would like to|to)\s+/iu, '');
  if (!g) return null;
  g = midSentence(g, proper);
  const first = /^[\p{L}]+/u.exec(g)?.[0]?.toLowerCase() ?? '';
  if (LEADING_VERBS.has(first))
    return { gerund: `${gerund(first)}${g.slice(first.length)}`, next: `my next step is to ${g}` };
  return { gerund: g, next: `my next step is ${g}` };
}

const VERB_OFFER =
  /^(?:review|share|introduce|help|mentor|teach|pair|run|host|give|read|send|connect|show)\b/iu;

/** "In return, I can offer Python code review or intros to the local ML meetup." ('' if none.) */
export function offerLine(self: SelfProfile, proper: Set<string>, variant: number, max = 3): string {
  const offers = self.offers
    .map((o) => midSentence(stripEnd(clipWords(clean(o), 60)), proper))
    .filter(Boolean);
  if (!offers.length) return '';
  const verbs = VERB_OFFER.test(offers[0]!);
  const same = offers.filter((o) => VERB_OFFER.test(o) === verbs).slice(0, max);
  const list = joinList(same).replace(/ and ([^,]*)$/u, ' or $1');
  if (verbs) return `In return, I'd be glad to ${list}.`;
  const open = ['In return, I can offer', "In return, I'd gladly offer", 'In return, I could offer'][
    variant % 3
  ]!;
  return `${open} ${list}.`;
}
