import type { Card, Profile } from '../domain';
import { contentStem, LIST_BREAK, listWords, words } from './text';

/** Where on the profile a piece of evidence was found. */
export type Where = 'headline' | 'title' | 'past' | 'skills' | 'about' | 'company';

export const WHERE_NAME: Record<Where, string> = {
  headline: 'Headline',
  title: 'Current role',
  past: 'A past role',
  skills: 'Skills',
  about: 'About',
  company: 'Organisation',
};

/** One field of the profile, ready for fast phrase look-ups. */
export interface Field {
  where: Where;
  /** " stem stem | stem " (function words dropped; "|" keeps list items apart). */
  stems: string;
  stemSet: Set<string>;
  /** Folded words, every word kept ("|" between list items): role and title words are matched here.
   * Empty for skills, where roles are not looked for. */
  words: string[];
}

export interface Prepared {
  fields: Field[];
  byWhere: Partial<Record<Where, Field>>;
  /** False when the page gave nothing to read: then nothing is tagged. */
  hasText: boolean;
  headline: string;
  title: string;
  company: string | null;
}

// LinkedIn caps About at 2,600 characters; anything longer is not a real profile and only costs time.
const CAP = 3000;
const MAX_ITEMS = 60;

function field(where: Where, parts: string[]): Field | null {
  const n = Math.min(parts.length, MAX_ITEMS);
  const ws =
    n === 1 ? words(parts[0]!.slice(0, CAP)) : listWords(parts.slice(0, n).map((t) => t.slice(0, CAP)));
  // Roles are not looked for among skills: no need to keep their words. A single text (About,
  // headline) keeps its word array as it is; a list gets "|" between items, as its stems do.
  const skills = where === 'skills';
  const kept: string[] | null = skills || n === 1 ? null : [];
  // Built as one string as we go (no array of stems to join): this loop is half the matcher's time.
  let stems = ' ';
  const stemSet = new Set<string>();
  let real = false;
  // "|" keeps list items apart, so a phrase never spans two skills or two roles.
  let inItem = false;
  let afterItem = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w === LIST_BREAK) {
      afterItem ||= inItem;
      inItem = false;
      continue;
    }
    if (afterItem) {
      stems += '| ';
      kept?.push('|');
      afterItem = false;
    }
    inItem = real = true;
    kept?.push(w);
    const s = contentStem(w);
    if (s === null) continue;
    stems += s.spaced;
    stemSet.add(s.stem);
  }
  if (!real) return null;
  return { where, stems, stemSet, words: skills ? [] : (kept ?? ws) };
}

const AT = /(?:\s+at\s+|\s*@\s*|\s+bei\s+|\s+chez\s+)([^|·•,;()]+)/i;

/** "Director of Research at Acme Labs | Speaker" → "Acme Labs". */
export function companyFromHeadline(headline: string): string | null {
  const m = AT.exec(headline.slice(0, 300));
  const name = m?.[1]?.trim();
  return name ? name : null;
}

// "2019 – Present", "seit 2020 – heute", "2021 - actualidad": a role that has not ended.
const PRESENT = /present|heute|actual|aujourd|atual|momento|now|current|oggi|jetzt|today|hoy/i;
const ENDED = /\d{4}\D+\d{4}/;

/** Which experience entry is the current role: the first one still running; -1 when all ended. */
export function currentRole(experience: { dates: string | null }[]): number {
  const running = experience.findIndex((e) => typeof e?.dates === 'string' && PRESENT.test(e.dates));
  if (running >= 0) return running;
  const first = experience[0]?.dates;
  return experience.length && !(typeof first === 'string' && ENDED.test(first)) ? 0 : -1;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export function prepareProfile(p: Profile): Prepared {
  const headline = str(p.headline).slice(0, 400);
  const experience = (Array.isArray(p.experience) ? p.experience.slice(0, MAX_ITEMS) : []).filter(
    (e) => e && typeof e === 'object',
  );
  const at = currentRole(experience);
  const current = experience[at];
  const title = str(current?.title);
  const skills = Array.isArray(p.skills) ? p.skills.filter((s) => typeof s === 'string') : [];
  const fields = [
    field('headline', [headline]),
    field('title', [title]),
    field(
      'past',
      experience.filter((_, i) => i !== at).map((e) => str(e.title)),
    ),
    field('skills', skills),
    field('about', [str(p.about)]),
  ].filter((f): f is Field => f !== null);
  const company =
    str(p.company).trim() || str(current?.company).trim() || companyFromHeadline(headline) || null;
  const hasText = fields.length > 0;
  // Where they work says which industry they are in ("Harbourline Bank"): read for reach only.
  const org = company ? field('company', [company]) : null;
  if (org) fields.push(org);
  const byWhere: Partial<Record<Where, Field>> = {};
  for (const f of fields) byWhere[f.where] = f;
  return { fields, byWhere, hasText, headline, title, company };
}

/** A profile as the matcher takes it: whatever the caller had (a card, a stored snapshot), nulls for the rest. */
export function fullProfile(p: Partial<Profile> & { slug: string }): Profile {
  return {
    name: null,
    headline: null,
    location: null,
    company: null,
    degree: null,
    followers: null,
    connections: null,
    mutualConnections: null,
    about: null,
    experience: [],
    skills: [],
    ...p,
  };
}

/** A card has a name, a headline and a degree: a thin profile with what is there. */
export function cardToProfile(card: Card): Profile {
  return fullProfile({ slug: card.slug, name: card.name, headline: card.headline, degree: card.degree });
}
