import type { Severity } from '../types';

export interface Phrase {
  re: string;
  severity?: Severity;
  /** What the finding says about this phrase. */
  text: string;
}

/** Everything language-specific the coach reads; one file per language (en.ts, …). */
export interface CoachPhrases {
  hedges: Phrase[];
  mentorOpener: string[];
  /** Request shapes that count as an ask even without a question mark. */
  askMarkers: string[];
  vagueAsks: Phrase[];
  timeBoxes: string[];
  selfInterest: string[];
  altruism: string[];
  giveBack: string[];
  whyYou: string[];
  /** A drafter gap such as "[your goal]". */
  placeholder: string;
  /** Finding texts; slots: {n} {length} {limit} {words} {channel}. */
  text: Record<string, string>;
}
