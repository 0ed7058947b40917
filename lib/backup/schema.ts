import { z } from 'zod';
import { COUNTS, LIMITS, SNAPSHOT } from '../caps';
import {
  CHANNELS,
  DISPLAYS,
  LABELS,
  NEED_IDS,
  NEED_STATUSES,
  type NeedId,
  type NeedPatch,
  SENIORITIES,
  type SelfProfile,
  STAGES,
  TOUCH_KINDS,
} from '../domain';
import { slugSchema } from '../slug-schema';

// The backup file (PRODUCT.md) and everything inside it, validated at the edges: import, the CLI's
// --config, and the background's messages. Unknown members of records are kept (passthrough) so a
// newer version's extra fields survive a round trip through an older one; settings are strict.

/**
 * A member named like one of Object's own (`constructor`, `toString`, `__proto__`, …) is never a
 * field of ours or of a newer version's: dropped before a record is read, so nothing downstream
 * can mistake it for the inherited one.
 */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));
export function dropInherited(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const keys = Object.keys(raw);
  if (!keys.some((k) => INHERITED.has(k))) return raw;
  const out: Record<string, unknown> = {};
  // (`__proto__` is among them, so plain assignment here defines own members only.)
  for (const k of keys) if (!INHERITED.has(k)) out[k] = (raw as Record<string, unknown>)[k];
  return out;
}
/** A record that keeps unknown members (see above), minus inherited names. */
const record = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.preprocess(dropInherited, z.looseObject(shape));

const text = (max = 10_000) => z.string().max(max);
const list = (max = 200) => z.array(text(LIMITS.item)).max(max);

const CUSTOM_ID = /^custom-[a-z0-9-]{1,60}$/;
/** Typed as the domain's NeedId (a plain regex string would widen `custom-${string}` to string). */
const BUILT_IN_IDS = new Set<unknown>(NEED_IDS);
export const needIdSchema = z.custom<NeedId>(
  (v) => BUILT_IN_IDS.has(v) || (typeof v === 'string' && CUSTOM_ID.test(v)),
  'expected a built-in need id or custom-<slug>',
);

const selfShape = {
  name: text(LIMITS.self.line).default(''),
  organization: text(LIMITS.self.line).default(''),
  field: text(LIMITS.self.line).default(''),
  seniority: z.union([z.enum(SENIORITIES), z.literal('')]).default(''),
  goal: text(LIMITS.self.goal).default(''),
  success: text(LIMITS.self.success).default(''),
  offers: list().default([]),
  wants: list().default([]),
  location: text(LIMITS.self.line).default(''),
  formats: list(20).default(['video', 'coffee']),
  premium: z.boolean().default(false),
};
export const selfSchema = record(selfShape);

const needShape = {
  id: needIdSchema,
  status: z.enum(NEED_STATUSES),
  ask: text(LIMITS.need.ask).default(''),
  // The first request as the user would say it (issue 18): one or two sentences, not an essay.
  request: text(LIMITS.need.request).optional(),
  keywords: list().default([]),
  name: text(LIMITS.need.name).optional(),
  hidden: z.boolean().optional(),
  metBy: text(LIMITS.need.metBy).optional(),
};
export const needSchema = record(needShape);

/**
 * What a page sends when the user changed some fields of a record (issue 14): only those, so two
 * tabs editing different fields both keep their edits. No defaults (a default would overwrite the
 * stored value), unknown members dropped.
 */
function patchOf(shape: Record<string, z.ZodType>) {
  const fields: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(shape))
    fields[k] = (v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : v).optional();
  return z.object(fields);
}
export const selfPatchSchema = patchOf(selfShape) as unknown as z.ZodType<Partial<SelfProfile>>;
export const needPatchSchema = patchOf(needShape).extend({
  id: needIdSchema,
}) as unknown as z.ZodType<NeedPatch>;

export const tagSchema = z.object({
  need: needIdSchema,
  strength: z.number().min(0).max(1),
  reasons: z.array(text(LIMITS.tag.reason)).max(50),
  // Why this person for this need, in one sentence (issue 16): kept so a restored tag drafts the same.
  because: text(LIMITS.tag.because).optional(),
});

/** Within SNAPSHOT's bounds; never throws (IndexedDB can hold a cycle or a BigInt, JSON cannot). */
function smallSnapshot(s: object): boolean {
  if (Object.keys(s).length > SNAPSHOT.keys) return false;
  try {
    return JSON.stringify(s).length <= SNAPSHOT.chars;
  } catch {
    return false;
  }
}

const isoDate = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'expected a date');

export const personSchema = record({
  slug: slugSchema,
  name: text(LIMITS.person.name).default(''),
  headline: text(LIMITS.person.headline).default(''),
  company: text(LIMITS.person.company).default(''),
  degree: z.number().int().min(1).max(3).nullable().default(null),
  stage: z.enum(STAGES).default('identified'),
  closedReason: z.enum(['declined', 'no-reply', 'other']).optional(),
  needs: z.array(needIdSchema).default([]),
  snapshot: record({})
    .refine(
      smallSnapshot,
      `a page snapshot holds at most ${SNAPSHOT.keys} fields and ${SNAPSHOT.chars.toLocaleString('en-US')} characters`,
    )
    .optional(),
  tags: z.array(tagSchema).default([]),
  labels: z.array(z.enum(LABELS)).default([]),
  rejected: z.array(needIdSchema).default([]),
  confirmed: z.array(needIdSchema).default([]),
  notes: text(LIMITS.person.notes).default(''),
  source: z.enum(['page', 'connections-csv', 'import']).default('import'),
  inPipeline: z.boolean().optional(),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const outreachSchema = record({
  id: z.string().min(1).max(100),
  slug: slugSchema,
  stage: z.enum(STAGES),
  closedReason: z.enum(['declined', 'no-reply', 'other']).optional(),
  at: isoDate,
  channel: z.enum(CHANNELS).optional(),
  text: text(LIMITS.event.text).optional(),
  needs: z.array(needIdSchema).default([]),
  note: text(LIMITS.event.note).optional(),
  kind: z.enum(TOUCH_KINDS).optional(),
  nextAt: isoDate.optional(),
});

/**
 * Settings are strict (unknown keys are dropped, never stored): each key names a field the store
 * looks up, so a key such as `constructor` must never get as far as the store (issue 14).
 */
export const settingsSchema = z.object({
  display: z.enum(DISPLAYS),
  panelCollapsed: z.boolean(),
  noteLimitFree: z.number().int().min(50).max(1000),
  noteLimitPremium: z.number().int().min(50).max(1000),
  noteBudgetPerMonth: z.number().int().min(0).max(1000),
  followUpDays: z.number().int().min(1).max(365),
  notifications: z.boolean(),
  onboarded: z.boolean(),
  lastExportAt: isoDate.nullable(),
});

/**
 * Backups from before `settings.display` (issue 15) hold `quietMode` instead: restoring one keeps
 * the choice it records (quiet: the side panel; not quiet: on LinkedIn's page).
 */
function legacyDisplay(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || 'display' in raw) return raw;
  const { quietMode, ...rest } = raw as { quietMode?: unknown };
  if (typeof quietMode !== 'boolean') return raw;
  return { ...rest, display: quietMode ? 'side-panel' : 'page' };
}

export const backupSchema = z.looseObject({
  format: z.literal('constellation-backup', 'expected "constellation-backup"'),
  version: z.literal(1, 'this extension reads backup version 1'),
  exportedAt: isoDate.optional(),
  self: selfSchema,
  needs: z.array(needSchema).max(COUNTS.needs),
  people: z.array(personSchema).max(COUNTS.people).default([]),
  outreach: z.array(outreachSchema).max(COUNTS.events).default([]),
  settings: z.preprocess(legacyDisplay, settingsSchema.partial()).optional(),
  weights: z.record(z.string().max(200), z.number().min(0).max(10)).optional(),
});

export type BackupInput = z.input<typeof backupSchema>;

/** Keys of a backup's settings that are not settings: dropped on import, each named in a note. */
export function unknownSettings(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object' || !Object.hasOwn(raw, 'settings')) return [];
  const settings = (raw as { settings?: unknown }).settings;
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) return [];
  const known = new Set([...Object.keys(settingsSchema.shape), 'quietMode']);
  return Object.keys(settings)
    .filter((k) => !known.has(k))
    .map((k) => `settings.${k.slice(0, 60)} dropped: not a setting`);
}

/** zod issues as "needs[2].status: expected ..." lines a person can act on. */
export function describeIssues(error: z.ZodError, max = 20): string[] {
  const lines = error.issues.slice(0, max).map((issue) => {
    const path = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
      .join('');
    return `${path || '(file)'}: ${issue.message}`;
  });
  if (error.issues.length > max) lines.push(`… and ${error.issues.length - max} more problems`);
  return lines;
}
