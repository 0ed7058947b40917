import type { Channel, Settings } from '../domain';

export type Severity = 'high' | 'medium' | 'low';

/**
 * Stable finding ids (the `coach` command prints them; the popup styles by them):
 * - `hedge`: hedging or over-apology ("just", "sorry to bother", "no worries if not"…)
 * - `no-ask`: nothing is actually asked
 * - `vague-ask`: an ask with nothing concrete in it ("pick your brain", "any advice")
 * - `no-time-box`: no bounded first step ("20 minutes", "one call")
 * - `too-many-questions`: more than three questions
 * - `too-long` / `too-short`: against the channel's limit or the 50–125-word target
 * - `mentor-opener`: "will you be my mentor?"
 * - `mixed-reasons`: self-interest and altruism given as reasons together
 * - `all-take`: nothing offered back
 * - `no-why-you`: no reason why this person
 * - `placeholder`: a "[your goal]" gap the drafter left is still unfilled
 * - `no-subject`: InMail or email with an empty subject
 * - `no-name`: the person's name is known but the text never uses it
 * - stitched-draft faults (issue 18), each enough on its own to fail a draft:
 *   `pasted-phrase` (a capital or a fragment pasted mid-sentence), `cut-off` (a request cut with
 *   "…"), `keyword-list` (matched keywords posing as experience), `be-a-role` (asking someone to be
 *   a role), `colleague-org` (telling a colleague where you work), `cut-subject` (a cut-off subject)
 * - `encouragement`: positive; people say yes more often than askers expect
 */
export type FindingKind =
  | 'hedge'
  | 'no-ask'
  | 'vague-ask'
  | 'no-time-box'
  | 'too-many-questions'
  | 'too-long'
  | 'too-short'
  | 'mentor-opener'
  | 'mixed-reasons'
  | 'all-take'
  | 'no-why-you'
  | 'placeholder'
  | 'no-subject'
  | 'no-name'
  | 'pasted-phrase'
  | 'cut-off'
  | 'keyword-list'
  | 'be-a-role'
  | 'colleague-org'
  | 'cut-subject'
  | 'encouragement';

export interface Finding {
  kind: FindingKind;
  /** One line the user can act on. */
  text: string;
  /** The span in the coached text (UTF-16 offsets, end exclusive), where there is one. */
  start?: number;
  end?: number;
  severity: Severity;
  /** True for the encouragement: not a weakness, never lowers the score. */
  positive?: boolean;
}

export interface CoachOptions {
  channel: Channel;
  settings?: Settings;
  premium?: boolean;
  /** InMail/email subject; given as '' it is flagged as missing, undefined means not checked. */
  subject?: string;
  personName?: string | null;
  /** The user's organisation and the person's: telling a colleague where you work is a fault. */
  organization?: string | null;
  personCompany?: string | null;
  /** Phrase-list language; English when absent or unknown. */
  lang?: string;
}

export interface CoachResult {
  channel: Channel;
  /** `measureLength(text)`, the same count the drafter keeps within `limit`. */
  length: number;
  limit: number | null;
  words: number;
  /** 0..100, an integer. */
  score: number;
  findings: Finding[];
}
