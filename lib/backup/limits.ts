// The longest text each stored field may hold, in UTF-16 units: the backup schema refuses longer
// (lib/backup/schema.ts), and the background's door cuts to them (lib/text/clean-records.ts), so
// nothing is written that would then be unreadable. One table, both sides import it.

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
