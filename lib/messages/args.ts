import { z } from 'zod';
import { needIdSchema } from '../backup/schema';
import { CHANNELS, TOUCH_KINDS } from '../domain';

// The argument schemas the two contracts share (content-calls.ts, pages-calls.ts). Everything is
// checked on arrival: a content script runs beside LinkedIn's page, so its messages are input, not
// trusted calls. Lengths are capped so a runaway page cannot fill the store.

export const text = (max: number) => z.string().max(max);
export const iso = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'expected a date');
/** Messages carry `undefined` as null (JSON): both mean "not given". */
export const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

// The page-read records are the reader's schemas (lib/reader/schema.ts): one per record, one caps table.
export { cardSchema, partialProfileSchema, profileSchema } from '../reader/schema';

export const stageChangeSchema = z.object({
  channel: z.enum(CHANNELS).optional(),
  text: text(20_000).optional(),
  needs: z.array(needIdSchema).max(50).optional(),
  note: text(5000).optional(),
  closedReason: z.enum(['declined', 'no-reply', 'other']).optional(),
});

export const touchSchema = z.object({
  kind: z.enum(TOUCH_KINDS),
  nextAt: iso.optional(),
  channel: z.enum(CHANNELS).optional(),
  text: text(20_000).optional(),
  note: text(5000).optional(),
});

/**
 * Each call of a contract `A` with the schema of its arguments as a tuple; a call missing here
 * cannot be made, and a schema whose output does not fit the method's parameters does not compile.
 */
export type Calls<A> = {
  readonly [M in keyof A]: z.ZodType<A[M] extends (...args: infer P) => unknown ? P : never>;
};
