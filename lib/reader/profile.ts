import { PROFILE_CAPS } from '../caps';
import type { Profile } from '../domain';
import { activityFollowers, readCounts, readMutual } from './counts';
import { firstPart, safe, sectionOf } from './dom';
import { readEmbedded } from './embedded-json';
import { readExperience } from './experience';
import { CONNECTIONS_WORD, FOLLOWERS_WORD, hasDigit, parseDegree } from './numbers';
import {
  ABOUT,
  ABOUT_IN_SECTION,
  COMPANY,
  DEGREE,
  HEADLINE,
  LOCATION,
  NAME,
  queryFirst,
  TOP_CARD,
} from './selectors';
import { readSkills } from './skills';
import { clean, textOf } from './text';
import { degreeParagraph, locationNearContactInfo, paragraphsAfterName } from './top-card';

export const PROFILE_FIELDS = [
  'name',
  'headline',
  'location',
  'company',
  'degree',
  'followers',
  'connections',
  'mutualConnections',
  'about',
  'experience',
  'skills',
] as const;

/** The top card, or null on a layout whose top card has no known hook. */
export function topCard(doc: Document): Element | null {
  return queryFirst(doc, TOP_CARD);
}

// The <title> from <head>'s children: no walk of the body, which on a pathological page is where
// a selector engine runs out of stack.
function titleText(doc: Document): string | null {
  for (const el of doc.head?.children ?? []) if (el.tagName === 'TITLE') return el.textContent;
  return safe(() => doc.title, null);
}

/** Name from `<title>`: "(3) Name | LinkedIn", "Experience | Name | LinkedIn" (2016–2026). */
export function nameFromTitle(doc: Document): string | null {
  const title = clean(titleText(doc), 400);
  if (!title) return null;
  const parts = title.replace(/^\(\d+\+?\)\s*/, '').split(' | ');
  if (parts.length < 2 || !/linkedin/i.test(parts.at(-1) ?? '')) return null;
  return clean(parts.at(-2), PROFILE_CAPS.name);
}

function readName(doc: Document, top: Element | null): { text: string | null; el: Element | null } {
  const el = top
    ? queryFirst(top, NAME)
    : queryFirst(
        doc,
        NAME.filter((a) => !/^h[12]$/.test(a.css)),
      );
  const text = textOf(el, PROFILE_CAPS.name);
  if (text) return { text, el };
  const invite = top?.querySelector('[aria-label^="Invite "][aria-label$=" to connect"]');
  const fromInvite = invite?.getAttribute('aria-label')?.slice(7, -11);
  return { text: nameFromTitle(doc) ?? clean(fromInvite, PROFILE_CAPS.name), el: null };
}

function readAbout(doc: Document): string | null {
  const direct = textOf(queryFirst(doc, ABOUT), PROFILE_CAPS.about);
  if (direct) return direct;
  const section = sectionOf(doc, 'about');
  if (!section) return null;
  for (const { css } of ABOUT_IN_SECTION)
    for (const el of section.querySelectorAll(css)) {
      if (el.closest('h2')) continue;
      const text = textOf(el, PROFILE_CAPS.about);
      if (text) return text;
    }
  return null;
}

const isCount = (text: string) =>
  hasDigit(text) && (CONNECTIONS_WORD.test(text) || FOLLOWERS_WORD.test(text));

// An empty location row (pvs-2022 … 2025) left the counts list's "500+ connections" as the first
// match of an older alternative: a count is never a location.
function readLocation(root: ParentNode): string | null {
  for (const { css } of LOCATION)
    for (const el of [...root.querySelectorAll(css)].slice(0, 5)) {
      const text = textOf(el, PROFILE_CAPS.location);
      if (text && !isCount(text)) return text;
    }
  const near = locationNearContactInfo(root);
  return near && !isCount(near) ? near : null;
}

function readCompany(doc: Document, top: Element | null): string | null {
  const el = queryFirst(top ?? doc, COMPANY);
  if (el) return clean(textOf(el, PROFILE_CAPS.company)?.replace(/,$/, ''), PROFILE_CAPS.company);
  return null;
}

export interface ProfileRead {
  profile: Profile;
  missing: string[];
}

export function readProfile(doc: Document, slug: string, own: boolean): ProfileRead {
  const top = safe(() => topCard(doc), null);
  const name = safe(() => readName(doc, top), { text: null, el: null });
  const sdui = safe(() => (top ? paragraphsAfterName(top, name.el) : null), null);
  const experience = safe(() => readExperience(doc), []);
  const profile: Profile = {
    slug,
    name: name.text,
    headline:
      safe(() => textOf(queryFirst(top ?? doc, HEADLINE), PROFILE_CAPS.headline), null) ??
      sdui?.headline ??
      null,
    location: safe(() => readLocation(top ?? doc), null),
    company:
      safe(() => readCompany(doc, top), null) ??
      firstPart(sdui?.line ?? null) ??
      experience.find((e) => e.dates && /present|heute|aujourd|actualidad|o momento|atual/i.test(e.dates))
        ?.company ??
      null,
    degree: own
      ? null
      : safe(
          () =>
            parseDegree(textOf(queryFirst(top ?? doc, DEGREE), 80)) ?? (top ? degreeParagraph(top) : null),
          null,
        ),
    ...safe(() => readCounts(top), { followers: null, connections: null }),
    mutualConnections: own ? null : safe(() => (top && readMutual(top)) ?? readMutual(doc), null),
    about: safe(() => readAbout(doc), null),
    experience,
    skills: safe(() => readSkills(doc), []),
  };
  profile.followers ??= safe(() => activityFollowers(doc), null);
  if (!profile.name || !profile.headline || !profile.location || (profile.degree === null && !own))
    safe(() => fillFromEmbedded(doc, profile, own), undefined);
  const missing = PROFILE_FIELDS.filter((field) => {
    const value = profile[field];
    if (own && (field === 'degree' || field === 'mutualConnections')) return false;
    return value === null || (Array.isArray(value) && value.length === 0);
  });
  return { profile, missing };
}

function fillFromEmbedded(doc: Document, profile: Profile, own: boolean): void {
  if (!profile.slug) return;
  const facts = readEmbedded(doc, profile.slug);
  if (!facts) return;
  profile.name ??= clean(facts.name, PROFILE_CAPS.name);
  profile.headline ??= clean(facts.headline, PROFILE_CAPS.headline);
  profile.location ??= clean(facts.location, PROFILE_CAPS.location);
  if (!own && !facts.self) profile.degree ??= facts.degree;
}
