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
  /** Faults of a draft stitched from phrases instead of written (stitched.ts). */
  stitched: StitchedPhrases;
  /** A drafter gap such as "[your goal]". */
  placeholder: string;
  /** Finding texts; slots: {n} {length} {limit} {words} {channel}. */
  text: Record<string, string>;
}

/** Word lists and sources for the stitched-draft checks (lib/coach/stitched.ts). */
export interface StitchedPhrases {
  /** Lower-case words that are never names: capitalised mid-sentence they were pasted in. */
  common: string[];
  /** Words that may start a whole sentence after a colon. */
  sentenceStarters: string[];
  /** The need's description pasted where the ask goes. */
  pastedRole: string;
  /** Asking someone to be a role. */
  beRole: string;
  /** A person-description pasted after a noun. */
  fragment: string;
  /** What introduces their experience; a keyword list may follow. */
  experienceLead: string;
  /** Words that, alone in that list, are a matched title keyword, not an experience. */
  titleWords: string[];
  /** "I work at", "I joined": followed by the user's organisation it is news only to outsiders. */
  selfAtOrg: string;
  /** Words nothing whole ends on. */
  dangling: string[];
}
