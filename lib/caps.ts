// The caps of what the reader makes of a page, in one table: the reader cuts what it reads to these
// and the page-read schemas (lib/reader/schema.ts, which the router uses) refuse anything longer.
// Plain numbers, no zod: the content script imports this. Stored records (a person, a need, the
// self-profile) have their own table, lib/backup/limits.ts; a person's are at least these.

/** A profile as the reader makes it (Profile, lib/domain.ts). Lengths in UTF-16 units. */
export const PROFILE_CAPS = {
  name: 200,
  headline: 1000,
  location: 300,
  company: 300,
  about: 5000,
  /** Entries in `experience`. */
  experience: 50,
  /** Entries in `skills`, and the length of one. */
  skills: 60,
  skill: 120,
  /** Followers, connections, mutual connections: LinkedIn's counts stay far below. */
  count: 10_000_000_000,
} as const;

/** One experience entry. */
export const EXPERIENCE_CAPS = { title: 300, company: 300, dates: 200 } as const;

/**
 * A card on a people list. `tags` are the matcher's, not the reader's: one per need at most.
 * `perPage`: cards one read of a page gives (a page report gathers more as an infinite list grows).
 */
export const CARD_CAPS = { name: 200, headline: 500, tags: 50, perPage: 100 } as const;
