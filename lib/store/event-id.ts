let sequence = 0;

/**
 * Event ids sort in the order events were made: the time, then a counter for events in the same
 * millisecond (a fixed clock in tests, two quick clicks), then randomness so two tabs never collide.
 * The 'at' index breaks ties by this key, so the history reads back in the order it was written.
 */
export function eventId(at: string): string {
  sequence += 1;
  const random = crypto.randomUUID().slice(0, 8);
  return `${at}-${String(sequence).padStart(9, '0')}-${random}`;
}

/** Oldest first, ties by id. */
export const byTime = (a: { at: string; id: string }, b: { at: string; id: string }) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
