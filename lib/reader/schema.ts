import { z } from 'zod';
import { tagSchema } from '../backup/schema';
import { slugSchema } from '../slug-schema';

// What a page read may contain, validated where it crosses a boundary: the background receiving it
// from the content script, and the CLI's --snapshot files. The reader itself never imports this
// (zod would be paid for on every LinkedIn page). Limits match the reader's own caps.

const text = (max: number) => z.string().max(max).nullable().default(null);
const count = z.number().int().min(0).max(1e10).nullable().default(null);

export const experienceSchema = z.object({
  title: text(300),
  company: text(300),
  dates: text(200),
});

export const profileSchema = z.object({
  slug: slugSchema,
  name: text(200),
  headline: text(1000),
  location: text(300),
  company: text(300),
  degree: z.number().int().min(1).max(3).nullable().default(null),
  followers: count,
  connections: z
    .union([z.number().int().min(0).max(1e10), z.literal('500+')])
    .nullable()
    .default(null),
  mutualConnections: count,
  about: text(5000),
  experience: z.array(experienceSchema).max(50).default([]),
  skills: z.array(z.string().max(120)).max(60).default([]),
});

export const cardSchema = z.object({
  slug: slugSchema,
  name: text(200),
  headline: text(500),
  degree: z.number().int().min(1).max(3).nullable().default(null),
  tags: z.array(tagSchema).max(20).default([]),
});

export const pageReadSchema = z.object({
  kind: z.enum(['profile', 'people-list', 'other']),
  profile: profileSchema.nullable(),
  missing: z.array(z.string().max(40)).max(20),
  cards: z.array(cardSchema).max(100),
  own: z.boolean(),
});

/** `inspect --snapshot`: one profile or an array of them. */
export const snapshotListSchema = z.array(profileSchema).min(1).max(10_000);
export const snapshotSchema = z.union([profileSchema, snapshotListSchema]);
