// The matcher (issue 4): which of the user's unmet and partly met needs a person could meet, how
// strongly (0..1; 0.5 and above is worth attention) and why, plus the labels bold / confidante /
// peer / reciprocal. Pure and synchronous; safe in the content script (no zod, small word lists).
//
// Feedback loop: `matchDetailed` (or `createMatcher(c).detailed`) gives each tag its `evidence`
// keys; on confirm/reject, store `applyFeedback(config.weights ?? {}, tag.evidence, verdict)` as
// the new `config.weights`. Keys are a phrase in the user's folded words ("grant writing"), a role
// ("role:coach"), or a need's shape signal ("signal:safe-space:confidante"); weights stay in 0.5..2.
import type { Card, MatchResult, NeedId, Profile, UserConfig } from '../domain';
import { createMatcher, type DetailedMatch } from './matcher';

export { applyFeedback, MAX_WEIGHT, MIN_WEIGHT } from './feedback';
export { createMatcher, type DetailedMatch, type DetailedTag, FLOOR, type Matcher } from './matcher';
export { cardToProfile, fullProfile } from './profile-text';
export { seniorityOf } from './seniority';

// The wrappers compile the config on every call (cheap, and always current if the caller mutated
// it); for a page of cards or a stream of profiles, keep one `createMatcher(config)` instead.

/** Tags for the user's unmet and partly met needs, skipping needs rejected for this person. */
export function matchProfile(config: UserConfig, profile: Profile, rejected: NeedId[] = []): MatchResult {
  return createMatcher(config).profile(profile, rejected);
}

/** Cards carry less than a profile (name, headline, degree): tags from what is there. */
export function matchCard(config: UserConfig, card: Card): MatchResult {
  return createMatcher(config).card(card);
}

/** Like `matchProfile`, with each tag's `evidence` keys (for `applyFeedback`) and label reasons. */
export function matchDetailed(config: UserConfig, profile: Profile, rejected: NeedId[] = []): DetailedMatch {
  return createMatcher(config).detailed(profile, rejected);
}
