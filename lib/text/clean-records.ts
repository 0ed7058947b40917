import { LIMITS } from '../caps';
import type { Experience, Need, OutreachEvent, Person, Profile, SelfProfile, Tag } from '../domain';
import { cleanText } from './clean';

// The background's door (issue 14): every record that arrives from outside the reader (a page's
// savePerson, a backup, Connections.csv, a note typed in the popup, the options page) goes through
// the reader's own rule, lib/text/clean.ts, before it is stored. Bidi overrides and invisible
// characters never reach the popup or a notification, however the text came in. Every function
// is idempotent (cleanText is), so a backup's round trip changes nothing.

/** A stored string field: cleaned and cut to its cap; empty stays empty. */
const field = (raw: string, max: number, lines = false) =>
  typeof raw === 'string' ? (cleanText(raw, { max, lines }) ?? '') : raw;

/** An optional string field: absent stays absent, a string stays a string. */
const maybe = <T extends string | undefined>(raw: T, max: number, lines = false) =>
  (typeof raw === 'string' ? field(raw, max, lines) : raw) as T;

/** A page's field, null when nothing visible is left. No cap: the door's schema bounded it already. */
const shown = (raw: string | null | undefined, lines = false) =>
  typeof raw === 'string' ? cleanText(raw, { lines }) : raw;

/** A list of short texts: each cleaned, the empty ones dropped. */
const items = (raw: string[], max: number = LIMITS.item): string[] =>
  Array.isArray(raw) ? raw.map((s) => field(s, max)).filter((s) => typeof s !== 'string' || s !== '') : raw;

const cleanExperience = (e: Experience): Experience =>
  e && typeof e === 'object'
    ? {
        ...e,
        title: shown(e.title) ?? null,
        company: shown(e.company) ?? null,
        dates: shown(e.dates) ?? null,
      }
    : e;

/** A (partial) profile as a page or a backup's snapshot holds it: each text field cleaned. */
export function cleanProfile<P extends Partial<Profile>>(p: P): P {
  const out: Partial<Profile> = { ...p };
  for (const key of ['name', 'headline', 'location', 'company'] as const)
    if (key in p) out[key] = shown(p[key]) ?? null;
  if ('about' in p) out.about = shown(p.about, true) ?? null;
  if (Array.isArray(p.experience)) out.experience = p.experience.map(cleanExperience);
  if (Array.isArray(p.skills)) out.skills = items(p.skills);
  return out as P;
}

const cleanTag = (t: Tag): Tag => ({
  ...t,
  reasons: items(t.reasons, LIMITS.tag.reason),
  ...(t.because === undefined ? {} : { because: maybe(t.because, LIMITS.tag.because) }),
});

export function cleanPerson(p: Person): Person {
  const caps = LIMITS.person;
  return {
    ...p,
    name: field(p.name, caps.name),
    headline: field(p.headline, caps.headline),
    company: field(p.company, caps.company),
    notes: field(p.notes, caps.notes, true),
    tags: Array.isArray(p.tags) ? p.tags.map(cleanTag) : p.tags,
    ...(p.snapshot && typeof p.snapshot === 'object' ? { snapshot: cleanProfile(p.snapshot) } : {}),
  };
}

/** Only the members it has: a patch of a need stays a patch. */
export function cleanNeed<N extends Partial<Need>>(n: N): N {
  const caps = LIMITS.need;
  const out: Partial<Need> = { ...n };
  if ('ask' in n) out.ask = maybe(n.ask, caps.ask, true);
  if ('request' in n) out.request = maybe(n.request, caps.request, true);
  if ('name' in n) out.name = maybe(n.name, caps.name);
  if ('metBy' in n) out.metBy = maybe(n.metBy, caps.metBy);
  if (Array.isArray(n.keywords)) out.keywords = items(n.keywords);
  return out as N;
}

/** Only the members it has: a patch of the self-profile stays a patch. */
export function cleanSelf<S extends Partial<SelfProfile>>(s: S): S {
  const caps = LIMITS.self;
  const out: Partial<SelfProfile> = { ...s };
  for (const key of ['name', 'organization', 'field', 'location'] as const)
    if (key in s) out[key] = maybe(s[key], caps.line);
  if ('goal' in s) out.goal = maybe(s.goal, caps.goal, true);
  if ('success' in s) out.success = maybe(s.success, caps.success, true);
  for (const key of ['offers', 'wants', 'formats'] as const)
    if (Array.isArray(s[key])) out[key] = items(s[key]!);
  return out as S;
}

/** A history step's texts, or a stage move's and a touch's before they become one. */
export function cleanTexts<T extends { text?: string; note?: string }>(e: T): T {
  const out = { ...e };
  if (typeof e.text === 'string') out.text = cleanText(e.text, { max: LIMITS.event.text, lines: true }) ?? '';
  if (typeof e.note === 'string') out.note = cleanText(e.note, { max: LIMITS.event.note, lines: true }) ?? '';
  // A text that was only invisible characters is no text at all.
  if (out.text === '') delete out.text;
  if (out.note === '') delete out.note;
  return out;
}

export const cleanEvent = (e: OutreachEvent): OutreachEvent => cleanTexts(e);
