import type { FillRequest, FillResult } from './content/fill-box';
import type {
  Card,
  Channel,
  ClosedReason,
  Display,
  Label,
  MatchResult,
  Need,
  NeedId,
  OutreachEvent,
  Person,
  Profile,
  SelfProfile,
  Settings,
  Stage,
  Tag,
  TouchKind,
  UserConfig,
} from './domain';
import type { PageReport, TabPage } from './page-report';
import type { BackupReminder } from './pipeline/backup-reminder';
import type { Boldness } from './pipeline/boldness';
import type { FollowUp } from './pipeline/follow-ups';
import type { NeedsMap } from './pipeline/needs-coverage';

export type { BackupReminder, Boldness, FollowUp, NeedsMap, PageReport, TabPage };

/** The backup file (PRODUCT.md). It may hold more; these members keep this meaning. */
export interface Backup {
  format: 'constellation-backup';
  version: 1;
  exportedAt?: string;
  self: SelfProfile;
  needs: Need[];
  people: Person[];
  outreach: OutreachEvent[];
  settings?: Partial<Settings>;
  weights?: Record<string, number>;
}

export interface ImportResult {
  ok: boolean;
  kind: 'backup' | 'connections' | 'unknown';
  /** One line a person can act on: what was imported, or exactly what was wrong. */
  message: string;
  /** Each problem names its place: "needs[2].status: expected met, partly or unmet". */
  problems: string[];
  counts?: { needs?: number; people?: number; outreach?: number; skipped?: number };
  /**
   * Connections.csv refused because some rows are bad: how many good rows `importFile` would take
   * with `{ skipBadRows: true }` (the options page offers "Import the N good rows").
   */
  goodRows?: number;
}

export interface ImportOptions {
  /** Connections.csv only: import the good rows and skip the bad ones, because the user agreed. */
  skipBadRows?: boolean;
}

/** The profile in a tab, as the popup shows it: who, and which needs they could meet. */
export interface PageTags {
  slug: string;
  name: string | null;
  tags: Tag[];
  labels: Label[];
}

/** What the content script's UI needs from the background, fetched only on pages that show it. */
export interface PageUi {
  /** The panel's and the chips' styles: kept out of the script that runs on every LinkedIn page. */
  panelCss: string;
  chipsCss: string;
  /** Display name per need id: built-in names, the user's renames and custom needs. */
  needNames: Record<string, string>;
  /** Each label in words, and why it was given (lib/label-words.ts). */
  labelWords: Partial<Record<Label, [text: string, why: string]>>;
}

/** What a content script needs to start on a page, in one message. */
export interface PageStart {
  /** The settings the page acts on. */
  display: Display;
  panelCollapsed: boolean;
  /** Styles and need names, when asked for (once per tab); otherwise null. */
  ui: PageUi | null;
}

/** A connection from Connections.csv who could meet an unmet need: "already in your network". */
export interface NetworkSuggestion {
  person: Person;
  tags: Tag[];
  labels: Label[];
}

/** A step that keeps the stage: a follow-up or thank-you sent, the next date set (`nextAt`). */
export interface Touch {
  kind: TouchKind;
  nextAt?: string;
  channel?: Channel;
  text?: string;
  note?: string;
}

export interface StageChange {
  channel?: Channel;
  text?: string;
  needs?: NeedId[];
  note?: string;
  closedReason?: ClosedReason;
}

/** One page of the pipeline: what the popup draws first, and what "show more" and find ask for. */
export interface PipelineQuery {
  /** One stage only ("show more" in a stage); default: every stage. */
  stage?: Stage;
  /** People wanted for this need only. */
  need?: NeedId;
  /** Found by name or slug, case- and accent-blind. */
  query?: string;
  /** Most recently changed people per stage. */
  limit: number;
}

export interface PipelinePage {
  /** People per stage matching the query (all of them, not only those returned). */
  counts: Record<Stage, number>;
  /** Up to `limit` per stage, most recently changed first. */
  people: Person[];
}

/**
 * Everything the UI and the content script may ask of the store. The background owns IndexedDB
 * and answers these over runtime messages (validated with zod on arrival); tests call a Store
 * directly, which implements the same interface.
 */
export interface Api {
  getConfig(): Promise<UserConfig>;
  saveSelf(self: SelfProfile): Promise<void>;
  /** Insert or replace by id. */
  saveNeeds(needs: Need[]): Promise<void>;
  /** Custom needs only; built-in ones are hidden, never deleted. */
  deleteNeed(id: NeedId): Promise<void>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Tags for the user's unmet and partly met needs, minus what the user rejected for this person. */
  tagProfile(profile: Profile): Promise<MatchResult & { person: Person | null }>;
  tagCards(cards: Card[]): Promise<Record<string, MatchResult>>;
  savePerson(profile: Partial<Profile> & { slug: string }, needs: NeedId[]): Promise<Person>;
  feedback(slug: string, need: NeedId, verdict: 'confirm' | 'reject'): Promise<void>;
  listPeople(): Promise<Person[]>;
  /** Counts per stage and each stage's latest rows, without reading the whole pipeline (issue 7). */
  pipelinePage(query: PipelineQuery): Promise<PipelinePage>;
  listEvents(slug?: string): Promise<OutreachEvent[]>;
  moveStage(slug: string, stage: Stage, change?: StageChange): Promise<Person>;
  exportBackup(): Promise<Backup>;
  /** A backup JSON or LinkedIn's Connections.csv, told apart by content. All or nothing. */
  importFile(fileName: string, text: string, options?: ImportOptions): Promise<ImportResult>;
  /**
   * What the content script read on the page in its tab (the sender's; `null`: it left the page).
   * The background tags it and keeps it as the tab's state for the side panel, badge and popup,
   * then tells our pages `{ constellation: 1, tabPage: <tabId> }`.
   */
  reportPage(report: PageReport | null): Promise<void>;
  /** A tab's page as the background made of it (null: nothing we read there). Our own pages only. */
  tabPage(tabId: number): Promise<TabPage | null>;
  /**
   * A page's start, in one message: the settings it acts on and, with `withUi`, the styles and
   * need names for the in-page UI (the background adds the styles; a bare Store has none).
   */
  pageStart(withUi: boolean): Promise<PageStart>;
  /** Opens the popup's drafter in a tab (a content script cannot open extension pages itself). */
  openDrafter(slug: string, need: NeedId | null): Promise<void>;
  /**
   * Puts the draft into the message box open in LinkedIn tab `tabId`, on the user's click in the
   * popup; never sends. Null when the tab cannot be reached. Our own pages only.
   */
  fillMessageBox(tabId: number, request: FillRequest): Promise<FillResult | null>;
  /**
   * The reader's diagnostic of the sender's own tab: the page's structure, none of its text. Asked
   * by the profile panel on a page it could not read; null when there is no tab to ask.
   */
  diagnosePage(): Promise<string | null>;
  /**
   * The same diagnostic of the page in tab `tabId`, for the side panel's "Copy diagnostic" on a
   * page it could not read. Our own pages only; null when the tab cannot be reached.
   */
  diagnoseTab(tabId: number): Promise<string | null>;
  /** Opens the options page at the needs map. */
  openNeedsMap(): Promise<void>;
  /** For the popup: the profile in the active tab, as its content script last reported it (null: none). */
  currentPageTags(): Promise<PageTags | null>;

  // Pipeline (issue 6). `now` is an ISO date, for fixed clocks in tests; default: now.
  // Import progress (Connections.csv) reaches extension pages as runtime messages
  // `{ constellation: 1, progress: { done, total } }`.
  /** Follow-ups due, oldest first; the badge counts them. */
  followUps(now?: string): Promise<FollowUp[]>;
  /** Log a follow-up, a thank-you or the next date without changing the stage. */
  logTouch(slug: string, touch: Touch): Promise<Person>;
  needsMap(): Promise<NeedsMap>;
  boldness(): Promise<Boldness>;
  /** A one-page mentoring agreement for an ongoing relationship, as plain text. */
  agreement(slug: string): Promise<string>;
  /** Personalised connection notes marked sent in the last 30 days (the free budget is about 5). */
  notesSentLast30Days(now?: string): Promise<number>;
  /** The pipeline as CSV (spreadsheet-safe). */
  exportPipelineCsv(): Promise<string>;
  backupReminder(now?: string): Promise<BackupReminder>;
  /** Connections not in the pipeline who could meet an unmet need, best first; `total` counts all connections. */
  listNetwork(limit?: number): Promise<{ total: number; suggestions: NetworkSuggestion[] }>;
  /** Records that could not be read and were skipped, one line each (empty when all is well). */
  problems(): Promise<string[]>;
}

export type ApiMethod = keyof Api;
export interface ApiRequest<M extends ApiMethod = ApiMethod> {
  /** Marks our own messages; anything else arriving at the background is ignored. */
  constellation: 1;
  method: M;
  args: Parameters<Api[M]>;
}
export type ApiResponse<M extends ApiMethod = ApiMethod> =
  | { ok: true; value: Awaited<ReturnType<Api[M]>> }
  | { ok: false; error: string };
