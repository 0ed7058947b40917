import { z } from 'zod';
import { SLUG } from './linkedin-url';

/** A person's slug wherever one crosses a boundary (messages, backups, page reads): one rule. */
export const slugSchema = z
  .string()
  .max(200)
  .transform((s) => s.toLowerCase())
  .pipe(z.string().regex(SLUG, 'expected a LinkedIn profile slug'));
