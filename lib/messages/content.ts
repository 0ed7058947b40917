import type { Display, Label, MatchResult, NeedId, Profile, Stage } from '../domain';
import type { PageReport } from '../page-report';

// What a LinkedIn page's content script may ask the background: an allowlist, nothing else exists
// for it (issue 13). The content script runs in a renderer a hostile page may compromise, so each
// call is about the page in the sender's own tab, and each answer holds only what that page draws:
// tags, labels and a stage, never notes, history, the needs map or the self-profile.
// Plain types: this file is imported by the content script (zod stays out of LinkedIn's pages);
// the arguments are checked at the background's door by content-calls.ts.

/** The panel's and the chips' styles, need names and label words: fetched only on pages that show them. */
export interface PageUi {
  /** Kept out of the script that runs on every LinkedIn page (lib/background/page-styles.ts). */
  panelCss: string;
  chipsCss: string;
  /** Display name per need id: built-in names, the user's renames and custom needs. */
  needNames: Record<string, string>;
  /** Each label in words, and why it was given (lib/label-words.ts). */
  labelWords: Partial<Record<Label, [text: string, why: string]>>;
}

/** What a content script needs to start on a page, in one message. */
export interface PageStart {
  display: Display;
  panelCollapsed: boolean;
  /**
   * Whether anyone can see what this page reads now: the page display, a side panel following the
   * tab, or the toolbar badge where it shows. Otherwise the script waits for the background's
   * `{ constellation: 1, wanted: true }` before it reads (lib/background/tab-pages.ts).
   */
  read: boolean;
  /** Styles and need names, when asked for (once per tab); otherwise null. */
  ui: PageUi | null;
}

/** The person a page shows, as far as the page display draws them: no notes, no history. */
export interface PersonOnPage {
  stage: Stage;
  /** false: known (a rejected tag, a connection) but not in the pipeline. */
  inPipeline: boolean;
  confirmed: NeedId[];
}

/** What the page display draws for a reported page: the profile's tags and each card's. */
export interface PageDraw {
  /** The profile's tags and labels (none on a list, an unreadable profile or the viewer's own). */
  tags: MatchResult['tags'];
  labels: Label[];
  person: PersonOnPage | null;
  /** Each card's tags and labels, by slug. */
  cards: Record<string, MatchResult>;
}

/** The profile data a page may save for the person it shows. */
export type ProfileOnPage = Partial<Profile> & { slug: string };

/**
 * The content contract. `slug` arguments are bound by the background: the person the sender tab's
 * URL shows, or a card its page reported; any other slug is refused.
 */
export interface ContentApi {
  /** A page's settings and, with `withUi`, the styles and need names for the in-page UI. */
  pageStart(withUi: boolean): Promise<PageStart>;
  /**
   * What the content script read on its tab's page (`null`: it left the page). The background
   * keeps it as the tab's state for the side panel, badge and popup, and answers with what the page
   * display draws (null when the report is not this tab's page).
   */
  reportPage(report: PageReport | null): Promise<PageDraw | null>;
  /** Saves the person the page shows (or a card on it) to the pipeline. */
  savePerson(profile: ProfileOnPage, needs: NeedId[]): Promise<PersonOnPage>;
  /** Confirms or rejects a tag of the person the page shows (or a card on it). */
  feedback(slug: string, need: NeedId, verdict: 'confirm' | 'reject'): Promise<void>;
  /** The panel's collapsed state, kept for the next page (the only setting a page may change). */
  setPanelCollapsed(collapsed: boolean): Promise<void>;
  /** Opens the popup's drafter in a tab (a content script cannot open extension pages itself). */
  openDrafter(slug: string, need: NeedId | null): Promise<void>;
  /** Opens the options page at the needs map. */
  openNeedsMap(): Promise<void>;
  /** The reader's diagnostic of the sender's own tab: the page's structure, none of its text. */
  diagnosePage(): Promise<string | null>;
  /**
   * Injects the page display's drawing code into the sender's own tab (lib/content/page-display.ts):
   * code only the opt-in page display needs, kept out of the script every LinkedIn page parses.
   */
  loadPageDisplay(): Promise<void>;
  /**
   * Injects the reader and its jobs into the sender's own tab (lib/content/page-reader.ts): code
   * only a page that is read needs, kept out of the script every LinkedIn profile and list parses.
   */
  loadPageReader(): Promise<void>;
}
