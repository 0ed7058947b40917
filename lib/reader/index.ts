import type { Card, PageKind, Profile } from '../domain';
import { slugFromUrl } from '../linkedin-url';
import { readSearchCards, readSideCards } from './cards';
import { safe } from './dom';
import { isOwnProfile } from './own-profile';
import { kindFromPage, kindFromUrl, slugFromPage } from './page-kind';
import { readProfile, topCard } from './profile';
import { NAME, queryFirst } from './selectors';
import { textOf } from './text';

// The reader runs in the content script on every LinkedIn page: plain DOM reads, no zod, no
// layout (textContent only), and no work at all on pages that are neither profiles nor lists.

/** What the reader makes of one page: the `inspect` contract minus tags. */
export interface PageRead {
  kind: PageKind;
  profile: Profile | null;
  /** Profile fields that could not be found on this page. */
  missing: string[];
  cards: Card[];
  /** True on the viewer's own profile: never tagged. */
  own: boolean;
}

const NOTHING: PageRead = { kind: 'other', profile: null, missing: [], cards: [], own: false };

export function readPage(doc: Document, url: string): PageRead {
  try {
    const kind = kindFromUrl(url) ?? safe(() => kindFromPage(doc), 'other');
    if (kind === 'other') return { ...NOTHING, cards: [] };
    if (kind === 'people-list') {
      return {
        kind,
        profile: null,
        missing: [],
        cards: safe(() => readSearchCards(doc, new Set()), []),
        own: false,
      };
    }
    const slug = slugFromUrl(url) ?? safe(() => slugFromPage(doc), null) ?? '';
    const own = safe(() => isOwnProfile(topCard(doc) ?? doc), false);
    const { profile, missing } = readProfile(doc, slug, own);
    const cards = safe(() => readSideCards(doc, new Set([slug])), []);
    return { kind, profile, missing: slug ? missing : ['slug', ...missing], cards, own };
  } catch {
    return { ...NOTHING, cards: [] };
  }
}

/** The top card's name is in the DOM: the content script waits for this before reading. */
export function isProfileReady(doc: Document): boolean {
  return safe(() => {
    const top = topCard(doc);
    return !!textOf(top ? queryFirst(top, NAME) : doc.querySelector('h1#name, h1.text-heading-xlarge'), 200);
  }, false);
}

export { slugFromUrl } from '../linkedin-url';
export { diagnose } from './diagnose';
export { parseConnections, parseCount, parseDegree, parseMutual } from './numbers';
export { LAZY_SECTION_SELECTORS } from './selectors';
