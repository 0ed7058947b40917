import type { Card, Label, MatchResult, Person, Profile, Stage, Tag } from './domain';

// The page report: what the content script read on the page in its tab, sent to the background
// (`reportPage`) on the first read and again whenever the read changes. It replaces drawing on
// the page in the default display (issue 15): the side panel, the badge and the popup show what
// the background made of it. Plain types: the content script imports this file, and its check at
// the background's door is lib/background/page-report-schema.ts (zod stays out of LinkedIn's pages).

export interface PageReport {
  /** The tab's URL when read. */
  url: string;
  kind: 'profile' | 'people-list';
  /** Null on a list, or when the profile could not be read. */
  profile: Profile | null;
  /** Field names the reader did not find. */
  missing: string[];
  /** Every person card on the page, in document order. */
  cards: Card[];
  /** The viewer's own profile: never tagged. */
  own: boolean;
}

/**
 * A tab's page as our own pages see it (`tabPage(tabId)`): the report, its tags with the user's
 * rejections applied, and what the pipeline knows of the people on it.
 */
export interface TabPage {
  tabId: number;
  report: PageReport;
  /** The profile's tags and labels (none on a list, or on the viewer's own profile). */
  tags: Tag[];
  labels: Label[];
  /** The profile's person as the pipeline keeps them; null when not in the pipeline. */
  person: Person | null;
  /** Each card's tags and labels, by slug. */
  cards: Record<string, MatchResult>;
  /** Cards whose person is in the pipeline: their stage, by slug. */
  stages: Record<string, Stage>;
}

/** The profile in a tab, as the popup shows it: who, and which needs they could meet. */
export interface PageTags {
  slug: string;
  name: string | null;
  tags: Tag[];
  labels: Label[];
}
