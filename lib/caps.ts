// Every cap in one table (issue 13): what the reader makes of a page (the reader cuts what it reads
// to these and the page-read schemas, lib/reader/schema.ts, refuse anything longer), then what a
// stored record may hold and how many records the store keeps. Plain numbers, no zod: the content
// script imports this. A stored person's caps are at least the reader's (tests/reader/caps.test.ts).

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

// Stored records: the longest text each field may hold, in UTF-16 units. The backup schema refuses
// longer (lib/backup/schema.ts), and the background's door cuts to them (lib/text/clean-records.ts),
// so nothing is written that would then be unreadable.

export const LIMITS = {
  /** One item of a list: a keyword, an offer, a want, a format. */
  item: 500,
  person: { name: 300, headline: 1000, company: 300, notes: 20_000 },
  tag: { reason: 500, because: 500 },
  need: { ask: 2000, request: 600, name: 200, metBy: 500 },
  self: { line: 200, goal: 2000, success: 2000 },
  event: { text: 20_000, note: 5000 },
} as const;

/**
 * The most records the store keeps (issue 14), each well above real use: LinkedIn caps a member at
 * 30,000 connections, so 100,000 people holds them, a pipeline and more. Needs and history steps
 * match what a backup may hold, so every store exports a file this extension reads back.
 */
export const COUNTS = { people: 100_000, events: 1_000_000, needs: 500 };
export type Counts = typeof COUNTS;

/**
 * A person's snapshot of their page is an open record (a newer version may add members): bounded
 * so a hostile backup cannot park megabytes in one person. A page's own read is far smaller.
 */
export const SNAPSHOT = { keys: 50, chars: 200_000 };
