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
