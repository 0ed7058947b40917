import { z } from 'zod';
import { needIdSchema, needSchema, selfSchema, settingsSchema, tagSchema } from '../backup/schema';
import { CHANNELS, STAGES, TOUCH_KINDS } from '../domain';
import { MAX_IMPORT_CHARS } from '../import/read-import';
import { pageReportSchema } from './page-report-schema';

// What the background accepts from the content script and extension pages. Everything is checked
// on arrival: the content script runs beside LinkedIn's page, so its messages are handled as input,
// not as trusted calls. Lengths are capped so a runaway page cannot fill the store.

const text = (max: number) => z.string().max(max);
const orNull = (max: number) => text(max).nullable();
export const slugSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\s/?#]+$/, 'expected a LinkedIn profile slug');
const iso = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'expected a date');
/** Messages carry `undefined` as null (JSON): both mean "not given". */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

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

const stageChangeSchema = z.object({
  channel: z.enum(CHANNELS).optional(),
  text: text(20_000).optional(),
  needs: z.array(needIdSchema).max(50).optional(),
  note: text(5000).optional(),
  closedReason: z.enum(['declined', 'no-reply', 'other']).optional(),
});

const touchSchema = z.object({
  kind: z.enum(TOUCH_KINDS),
  nextAt: iso.optional(),
  channel: z.enum(CHANNELS).optional(),
  text: text(20_000).optional(),
  note: text(5000).optional(),
});

/** The arguments of every Api method, as a tuple. A method missing here cannot be called. */
export const argSchemas = {
  getConfig: z.tuple([]),
  saveSelf: z.tuple([selfSchema]),
  saveNeeds: z.tuple([z.array(needSchema).max(500)]),
  deleteNeed: z.tuple([needIdSchema]),
  saveSettings: z.tuple([settingsSchema.partial()]),
  tagProfile: z.tuple([profileSchema]),
  tagCards: z.tuple([z.array(cardSchema).max(500)]),
  savePerson: z.tuple([profileSchema.partial().extend({ slug: slugSchema }), z.array(needIdSchema).max(50)]),
  feedback: z.tuple([slugSchema, needIdSchema, z.enum(['confirm', 'reject'])]),
  listPeople: z.tuple([]),
  pipelinePage: z.tuple([
    z.object({
      stage: optional(z.enum(STAGES)),
      need: optional(needIdSchema),
      query: optional(text(200)),
      limit: z.number().int().min(0).max(5000),
    }),
  ]),
  listEvents: z.tuple([optional(slugSchema)]),
  moveStage: z.tuple([slugSchema, z.enum(STAGES), optional(stageChangeSchema)]),
  exportBackup: z.tuple([]),
  importFile: z.tuple([
    text(500),
    text(MAX_IMPORT_CHARS),
    optional(z.object({ skipBadRows: z.boolean().optional() })),
  ]),
  reportPage: z.tuple([pageReportSchema.nullable()]),
  tabPage: z.tuple([z.number().int().min(0)]),
  openDrafter: z.tuple([slugSchema, needIdSchema.nullable()]),
  openNeedsMap: z.tuple([]),
  // Bounds as fill.js's own check (lib/content/fill-box.ts), which the tab applies again.
  fillMessageBox: z.tuple([
    z.number().int().min(0),
    z.object({ text: text(10_000), subject: text(1_000).optional() }),
  ]),
  currentPageTags: z.tuple([]),
  diagnosePage: z.tuple([]),
  diagnoseTab: z.tuple([z.number().int().min(0)]),
  pageStart: z.tuple([z.boolean()]),
  followUps: z.tuple([optional(iso)]),
  logTouch: z.tuple([slugSchema, touchSchema]),
  needsMap: z.tuple([]),
  boldness: z.tuple([]),
  agreement: z.tuple([slugSchema]),
  notesSentLast30Days: z.tuple([optional(iso)]),
  exportPipelineCsv: z.tuple([]),
  backupReminder: z.tuple([optional(iso)]),
  listNetwork: z.tuple([optional(z.number().int().min(0).max(5000))]),
  problems: z.tuple([]),
} as const;
