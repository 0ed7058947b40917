import { z } from 'zod';
import { needIdSchema, needPatchSchema, selfPatchSchema, settingsSchema } from '../backup/schema';
import { COUNTS } from '../caps';
import { STAGES } from '../domain';
import { MAX_IMPORT_CHARS } from '../import/read-import';
import { CONFLICTS } from '../import/types';
import { slugSchema } from '../slug-schema';
import { PARTS } from '../store/damage';
import {
  type Calls,
  cardSchema,
  iso,
  optional,
  partialProfileSchema,
  profileSchema,
  stageChangeSchema,
  text,
  touchSchema,
} from './args';
import type { PagesApi } from './pages';

/** The pages contract's calls with each one's arguments. */
export const pagesCalls: Calls<PagesApi> = {
  getConfig: z.tuple([]),
  saveSelf: z.tuple([selfPatchSchema]),
  saveNeeds: z.tuple([z.array(needPatchSchema).max(COUNTS.needs)]),
  deleteNeed: z.tuple([needIdSchema]),
  saveSettings: z.tuple([settingsSchema.partial()]),
  tagProfile: z.tuple([profileSchema]),
  tagCards: z.tuple([z.array(cardSchema).max(500)]),
  savePerson: z.tuple([partialProfileSchema, z.array(needIdSchema).max(50)]),
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
    optional(z.object({ skipBadRows: z.boolean().optional(), conflicts: z.enum(CONFLICTS).optional() })),
  ]),
  tabPage: z.tuple([z.number().int().min(0)]),
  currentPageTags: z.tuple([]),
  openDrafter: z.tuple([slugSchema, needIdSchema.nullable()]),
  openNeedsMap: z.tuple([]),
  // Bounds as fill.js's own check (lib/injected/fill-box.ts), which the tab applies again.
  fillMessageBox: z.tuple([
    z.number().int().min(0),
    z.object({ text: text(10_000), subject: text(1_000).optional() }),
  ]),
  diagnoseTab: z.tuple([z.number().int().min(0)]),
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
  damage: z.tuple([]),
  rawExport: z.tuple([optional(z.enum(PARTS))]),
  resetPart: z.tuple([z.enum(PARTS)]),
};
