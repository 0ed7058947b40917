import { z } from 'zod';
import { cardSchema, profileSchema } from '../reader/schema';

/** Cards on one report: an infinite list grows well past a page of results. */
export const MAX_REPORT_CARDS = 1000;

/** Checked at the background's door: a content script's message is input, not a trusted call. */
export const pageReportSchema = z.object({
  url: z.string().max(4096),
  kind: z.enum(['profile', 'people-list']),
  profile: profileSchema.nullable(),
  missing: z.array(z.string().max(40)).max(20),
  cards: z.array(cardSchema).max(MAX_REPORT_CARDS),
  own: z.boolean(),
});
