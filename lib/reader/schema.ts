import { z } from 'zod';
import { tagSchema } from '../backup/schema';
import { CARD_CAPS, EXPERIENCE_CAPS, PROFILE_CAPS } from '../caps';
import { slugSchema } from '../slug-schema';

// What a page read may contain, validated wherever it crosses a boundary: the background receiving
// it (a page report, tagProfile, savePerson) and the CLI's --snapshot files. One schema per record,
// its caps from lib/caps.ts, the table the reader cuts to. The reader itself never imports this
// (zod would be paid for on every LinkedIn page).

const text = (max: number) => z.string().max(max).nullable();
const count = z.number().int().min(0).max(PROFILE_CAPS.count).nullable();
const degree = z.number().int().min(1).max(3).nullable();

export const experienceSchema = z.object({
  title: text(EXPERIENCE_CAPS.title),
  company: text(EXPERIENCE_CAPS.company),
  dates: text(EXPERIENCE_CAPS.dates),
});

// Each field without a default: savePerson's partial profile must leave a field it does not name
// alone, and zod's .partial() over a .default(null) fills it in (and would overwrite the stored one).
const profileFields = {
  name: text(PROFILE_CAPS.name),
  headline: text(PROFILE_CAPS.headline),
  location: text(PROFILE_CAPS.location),
  company: text(PROFILE_CAPS.company),
  degree,
  followers: count,
  connections: z.union([z.number().int().min(0).max(PROFILE_CAPS.count), z.literal('500+')]).nullable(),
  mutualConnections: count,
  about: text(PROFILE_CAPS.about),
  experience: z.array(experienceSchema).max(PROFILE_CAPS.experience),
  skills: z.array(z.string().max(PROFILE_CAPS.skill)).max(PROFILE_CAPS.skills),
};

/** A whole profile; a field left out (a hand-written snapshot) is null or empty. */
export const profileSchema = z.object({
  slug: slugSchema,
  name: profileFields.name.default(null),
  headline: profileFields.headline.default(null),
  location: profileFields.location.default(null),
  company: profileFields.company.default(null),
  degree: degree.default(null),
  followers: count.default(null),
  connections: profileFields.connections.default(null),
  mutualConnections: count.default(null),
  about: profileFields.about.default(null),
  experience: profileFields.experience.default([]),
  skills: profileFields.skills.default([]),
});

/** What savePerson is given: any field may be missing (and stays missing), the slug never. */
export const partialProfileSchema = z.object(profileFields).partial().extend({ slug: slugSchema });

export const cardSchema = z.object({
  slug: slugSchema,
  name: text(CARD_CAPS.name).default(null),
  headline: text(CARD_CAPS.headline).default(null),
  degree: degree.default(null),
  tags: z.array(tagSchema).max(CARD_CAPS.tags).default([]),
});

export const pageReadSchema = z.object({
  kind: z.enum(['profile', 'people-list', 'other']),
  profile: profileSchema.nullable(),
  missing: z.array(z.string().max(40)).max(20),
  cards: z.array(cardSchema).max(CARD_CAPS.perPage),
  own: z.boolean(),
});

/** `inspect --snapshot`: one profile or an array of them. */
export const snapshotListSchema = z.array(profileSchema).min(1).max(10_000);
export const snapshotSchema = z.union([profileSchema, snapshotListSchema]);
