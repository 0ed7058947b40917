import { kindFromUrl } from './page-kind';
import {
  ABOUT,
  type Alternatives,
  COMPANY,
  CONTACT_INFO,
  DEGREE,
  HEADLINE,
  LAZY_SECTION_SELECTORS,
  LOCATION,
  MUTUAL,
  NAME,
  SEARCH_CARDS,
  SIDE_CARDS,
  TOP_CARD,
} from './selectors';

// A line the user can copy when a profile yields no name. It holds NO page content: only how many
// elements each selector group matched, a generation guess, the URL's shape and the page's size.

const GROUPS: Record<string, Alternatives> = {
  top: TOP_CARD,
  name: NAME,
  headline: HEADLINE,
  location: LOCATION,
  contact: CONTACT_INFO,
  company: COMPANY,
  degree: DEGREE,
  mutual: MUTUAL,
  about: ABOUT,
  side: SIDE_CARDS,
  search: SEARCH_CARDS,
};

export function guessGeneration(doc: Document): string {
  if (doc.querySelector('section[componentkey*="Topcard"], [data-sdui-component]')) return 'sdui-2026';
  if (doc.querySelector('h1.text-heading-xlarge')) return 'pvs-2022';
  if (doc.querySelector('section[data-member-id]')) return 'hashed-2025';
  if (doc.querySelector('h1.pv-top-card-section__name')) return 'ember-2018';
  if (doc.querySelector('h1#name')) return 'public-2016';
  return 'unknown';
}

export function diagnose(doc: Document, url: string): string {
  try {
    const counts = Object.entries(GROUPS).map(([group, alternatives]) => {
      const n = alternatives.reduce((sum, alt) => sum + count(doc, alt.css), 0);
      return `${group}=${n}`;
    });
    const path = safePath(url);
    const title = doc.title ? `title-parts=${doc.title.split(' | ').length}` : 'title=none';
    return [
      'constellation-reader/1',
      `kind=${kindFromUrl(url) ?? 'generic'}`,
      `path=${path}`,
      `gen=${guessGeneration(doc)}`,
      title,
      `h1=${count(doc, 'h1')}`,
      `h2=${count(doc, 'h2')}`,
      `bpr-json=${count(doc, 'code[id^="bpr-guid-"]')}`,
      `lazy=${count(doc, LAZY_SECTION_SELECTORS.join(','))}`,
      `elements=${doc.getElementsByTagName('*').length}`,
      ...counts,
    ].join(' ');
  } catch {
    return 'constellation-reader/1 diagnose-failed';
  }
}

function count(doc: Document, css: string): number {
  try {
    return doc.querySelectorAll(css).length;
  } catch {
    return -1;
  }
}

/** The URL's shape only: "/in/*\/details/experience/", never the slug. */
function safePath(url: string): string {
  try {
    const { pathname } = new URL(url);
    return (
      pathname
        .replace(/^\/in\/[^/]+/, '/in/*')
        .replace(/[^a-z0-9/*-]/gi, '')
        .slice(0, 60) || '/'
    );
  } catch {
    return 'none';
  }
}
