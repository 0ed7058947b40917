import { z } from 'zod';
import { needIdSchema } from '../backup/schema';
import { slugSchema } from '../slug-schema';
import { type Calls, partialProfileSchema } from './args';
import type { ContentApi } from './content';
import { pageReportSchema } from './page-report-schema';

/** The content contract's allowlist with each call's arguments: the router's whole answer to a page. */
export const contentCalls: Calls<ContentApi> = {
  pageStart: z.tuple([z.boolean()]),
  reportPage: z.tuple([pageReportSchema.nullable()]),
  savePerson: z.tuple([partialProfileSchema, z.array(needIdSchema).max(50)]),
  feedback: z.tuple([slugSchema, needIdSchema, z.enum(['confirm', 'reject'])]),
  setPanelCollapsed: z.tuple([z.boolean()]),
  openDrafter: z.tuple([slugSchema, needIdSchema.nullable()]),
  openNeedsMap: z.tuple([]),
  diagnosePage: z.tuple([]),
  loadPageDisplay: z.tuple([]),
  loadPageReader: z.tuple([]),
};
