import { z } from 'zod';
import { needIdSchema, tagSchema } from '../backup/schema';
import { CHANNELS, TOUCH_KINDS } from '../domain';
import { slugSchema } from '../slug-schema';

// The argument schemas the two contracts share (content-calls.ts, pages-calls.ts). Everything is
// checked on arrival: a content script runs beside LinkedIn's page, so its messages are input, not
// trusted calls. Lengths are capped so a runaway page cannot fill the store.

export const text = (max: number) => z.string().max(max);
const orNull = (max: number) => text(max).nullable();
export const iso = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'expected a date');
/** Messages carry `undefined` as null (JSON): both mean "not given". */
export const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

export const experienceSchema = z.object({ title: orNull(500), company: orNull(300), dates: orNull(200) });

export const profileSchema = z.object({
  slug: slugSchema,
  name: orNull(300),
  headline: orNull(1000),
  location: orNull(300),
  company: orNull(300),
  degree: z.number().int().min(1).max(3).nullable(),
  followers: z.number().int().min(0).nullable(),
  connections: z.union([z.number().int().min(0), text(20)]).nullable(),
  mutualConnections: z.number().int().min(0).nullable(),
  about: orNull(20_000),
  experience: z.array(experienceSchema).max(100),
  skills: z.array(text(200)).max(200),
});

export const cardSchema = z.object({
  slug: slugSchema,
  name: orNull(300),
  headline: orNull(1000),
  degree: z.number().int().min(1).max(3).nullable(),
  tags: z.array(tagSchema).max(50).default([]),
});

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

/** A page's partial profile for savePerson: any field may be missing, the slug never. */
export const partialProfileSchema = profileSchema.partial().extend({ slug: slugSchema });

/**
 * Each call of a contract `A` with the schema of its arguments as a tuple; a call missing here
 * cannot be made, and a schema whose output does not fit the method's parameters does not compile.
 */
export type Calls<A> = {
  readonly [M in keyof A]: z.ZodType<A[M] extends (...args: infer P) => unknown ? P : never>;
};
