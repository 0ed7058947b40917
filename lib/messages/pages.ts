import type { Backup } from '../backup/types';
import type {
  Card,
  MatchResult,
  NeedId,
  NeedPatch,
  OutreachEvent,
  Person,
  Profile,
  SelfProfile,
  Settings,
  Stage,
  UserConfig,
} from '../domain';
import type { ImportOptions, ImportResult } from '../import/types';
import type { FillRequest, FillResult } from '../injected/fill-box';
import type { PageTags, TabPage } from '../page-report';
import type { BackupReminder } from '../pipeline/backup-reminder';
import type { Boldness } from '../pipeline/boldness';
import type { FollowUp } from '../pipeline/follow-ups';
import type { NeedsMap } from '../pipeline/needs-coverage';
import type { NetworkSuggestion, PipelinePage, PipelineQuery, StageChange, Touch } from '../pipeline/types';
import type { Damage, Part, RawExport } from '../store/damage';

// What our own pages (popup, options, side panel) may ask the background: the whole store and the
// browser's tabs. Only a sender on the extension's own origin gets this contract (the router); a
// content script gets lib/messages/content.ts instead. Arguments are checked by pages-calls.ts.

/** The pages contract. `now` is an ISO date, for fixed clocks in tests; default: now. */
export interface PagesApi {
  getConfig(): Promise<UserConfig>;
  /** The fields the user changed, merged into the stored self-profile (issue 14). */
  saveSelf(patch: Partial<SelfProfile>): Promise<void>;
  /** The fields the user changed per need, merged into the stored need (or a new one) by id. */
  saveNeeds(patches: NeedPatch[]): Promise<void>;
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
  /**
   * A backup JSON or LinkedIn's Connections.csv, told apart by content. All or nothing. Progress
   * reaches our pages as `{ constellation: 1, progress: { done, total } }` (onImportProgress).
   */
  importFile(fileName: string, text: string, options?: ImportOptions): Promise<ImportResult>;
  /** A tab's page as the background made of it (null: nothing we read there). */
  tabPage(tabId: number): Promise<TabPage | null>;
  /** The profile in the active tab, as its content script last reported it (null: none). */
  currentPageTags(): Promise<PageTags | null>;
  /** Opens the popup's drafter in a tab. */
  openDrafter(slug: string, need: NeedId | null): Promise<void>;
  /** Opens the options page at the needs map. */
  openNeedsMap(): Promise<void>;
  /**
   * Puts the draft into the message box open in LinkedIn tab `tabId`, on the user's click; never
   * sends. Null when the tab cannot be reached.
   */
  fillMessageBox(tabId: number, request: FillRequest): Promise<FillResult | null>;
  /**
   * The reader's diagnostic of the page in tab `tabId` (its structure, none of its text), for the
   * side panel's "Copy diagnostic" on a page it could not read. Null when the tab cannot be reached.
   */
  diagnoseTab(tabId: number): Promise<string | null>;
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
  /** Connections not in the pipeline who could meet an unmet need, best first; `total` counts all. */
  listNetwork(limit?: number): Promise<{ total: number; suggestions: NetworkSuggestion[] }>;
  /** Records that could not be read and were skipped, one line each (empty when all is well). */
  problems(): Promise<string[]>;
  /** Which kinds of record hold records that cannot be read, and why (empty when all is well). */
  damage(): Promise<Damage[]>;
  /** Everything stored as it is (one kind, or all): the way out whatever is damaged. */
  rawExport(part?: Part): Promise<RawExport>;
  /** Deletes only the unreadable records of one kind; returns how many went. */
  resetPart(part: Part): Promise<number>;
}
