import type { Card, MatchResult, NeedId, Profile, UserConfig } from '../domain';

// STUB: replaced by the matcher (issue 4). Signature is the contract other modules use.
/** Tags for the user's unmet and partly met needs, skipping needs rejected for this person. */
export function matchProfile(_config: UserConfig, _profile: Profile, _rejected: NeedId[] = []): MatchResult {
  return { tags: [], labels: [] };
}

/** Cards carry less than a profile (name, headline, degree): tags from what is there. */
export function matchCard(_config: UserConfig, _card: Card): MatchResult {
  return { tags: [], labels: [] };
}
