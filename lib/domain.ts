// The product's vocabulary. Plain types and constants only (no zod): the content script imports
// this file, and everything it imports is paid for on every LinkedIn page.
// The ids and strings below are contracts (PRODUCT.md): checks outside this code rely on them.

export const NEED_IDS = [
  'professional-development',
  'emotional-support',
  'community',
  'accountability',
  'sponsorship',
  'networks',
  'project-feedback',
  'role-models',
  'safe-space',
] as const;
export type BuiltInNeedId = (typeof NEED_IDS)[number];
/** Built-in id, or `custom-<slug>` for a need the user added. */
export type NeedId = BuiltInNeedId | `custom-${string}`;

export const NEED_STATUSES = ['met', 'partly', 'unmet'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const LABELS = ['bold', 'confidante', 'peer', 'reciprocal'] as const;
export type Label = (typeof LABELS)[number];

export const CHANNELS = ['connection-note', 'message', 'inmail', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Ordered from least to most senior: the order is used for "more senior than you". */
export const SENIORITIES = [
  'student',
  'early',
  'mid',
  'senior',
  'lead',
  'manager',
  'director',
  'executive',
] as const;
export type Seniority = (typeof SENIORITIES)[number];

/** Pipeline stages, in the order a relationship moves through them. */
export const STAGES = ['identified', 'drafted', 'sent', 'replied', 'meeting', 'ongoing', 'closed'] as const;
export type Stage = (typeof STAGES)[number];
/** Why a relationship closed. */
export type ClosedReason = 'declined' | 'no-reply' | 'other';

export type Format = 'video' | 'call' | 'coffee' | 'in-person' | 'message';

export interface SelfProfile {
  name: string;
  organization: string;
  field: string;
  seniority: Seniority | '';
  /** What/where next: a goal the user can state. */
  goal: string;
  /** What success looks like. */
  success: string;
  offers: string[];
  wants: string[];
  location: string;
  formats: string[];
  premium: boolean;
}

export interface Need {
  id: NeedId;
  status: NeedStatus;
  /** What I need, described: "feedback on my paper on clinical risk models". */
  ask: string;
  /**
   * The first request as the user would say it to a person: "Would you read my draft on calibrating
   * readmission models and tell me where it is weakest?" (issue 18). Absent or empty: the drafter
   * builds one from `ask`.
   */
  request?: string;
  keywords: string[];
  /** The user's own name for the need; empty means the built-in name. */
  name?: string;
  hidden?: boolean;
  /** Who meets this need today (free text). */
  metBy?: string;
}

/** The fields of one need the user changed (issue 14): the store merges them into what it holds. */
export type NeedPatch = Pick<Need, 'id'> & Partial<Omit<Need, 'id'>>;

export interface Experience {
  title: string | null;
  company: string | null;
  dates: string | null;
}

/** What the reader makes of a profile page; the `inspect` contract. */
export interface Profile {
  slug: string;
  name: string | null;
  headline: string | null;
  location: string | null;
  company: string | null;
  /** 1, 2 or 3 (3 includes "3rd+"); null when unknown or the viewer's own profile. */
  degree: number | null;
  followers: number | null;
  /** A number, or the string "500+" as LinkedIn shows it. */
  connections: number | '500+' | null;
  mutualConnections: number | null;
  about: string | null;
  experience: Experience[];
  skills: string[];
}

export interface Card {
  slug: string;
  name: string | null;
  headline: string | null;
  degree: number | null;
  tags: Tag[];
}

export type PageKind = 'profile' | 'people-list' | 'other';

export interface Tag {
  need: NeedId;
  /** 0..1; 0.5 and above means "worth your attention". */
  strength: number;
  reasons: string[];
  /** One sentence on why this person for this need, for the drafter (the matcher may add it). */
  because?: string;
}

export interface MatchResult {
  tags: Tag[];
  labels: Label[];
}

/** A person the user keeps in the pipeline. */
export interface Person {
  slug: string;
  name: string;
  headline: string;
  company: string;
  degree: number | null;
  stage: Stage;
  closedReason?: ClosedReason;
  /** The needs this person is being asked about / covers. */
  needs: NeedId[];
  /** Latest snapshot read from their page (or from Connections.csv). */
  snapshot?: Partial<Profile>;
  tags: Tag[];
  labels: Label[];
  /** Needs the user rejected for this person: never shown again. */
  rejected: NeedId[];
  confirmed: NeedId[];
  notes: string;
  source: 'page' | 'connections-csv' | 'import';
  /**
   * false: known but not (yet) in the pipeline: a connection from Connections.csv, or someone whose
   * tag the user only rejected. Absent means in the pipeline (records from before this field).
   */
  inPipeline?: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One step in the append-only outreach history. */
export interface OutreachEvent {
  id: string;
  slug: string;
  stage: Stage;
  closedReason?: ClosedReason;
  at: string;
  channel?: Channel;
  text?: string;
  needs: NeedId[];
  note?: string;
  /** A touch that keeps the stage: a follow-up sent, a thank-you sent, the next date set. */
  kind?: TouchKind;
  /** When the next meeting is (kind 'next-date'). */
  nextAt?: string;
}

export const TOUCH_KINDS = ['follow-up', 'thank-you', 'next-date'] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

/**
 * Where tags are shown: the browser's side panel, adding nothing to LinkedIn's page (default), or
 * drawn on LinkedIn's page, which the user chooses knowing the page's scripts can see it.
 */
export const DISPLAYS = ['side-panel', 'page'] as const;
export type Display = (typeof DISPLAYS)[number];

export interface Settings {
  display: Display;
  panelCollapsed: boolean;
  /** Connection-note limits; vendor-reported, hence settings. */
  noteLimitFree: number;
  noteLimitPremium: number;
  /** Personalised notes a free account gets per month (about). */
  noteBudgetPerMonth: number;
  followUpDays: number;
  notifications: boolean;
  onboarded: boolean;
  lastExportAt: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  display: 'side-panel',
  panelCollapsed: false,
  noteLimitFree: 200,
  noteLimitPremium: 300,
  noteBudgetPerMonth: 5,
  followUpDays: 7,
  notifications: true,
  onboarded: false,
  lastExportAt: null,
};

/** The user's whole configuration, as the matcher and drafter need it. */
export interface UserConfig {
  self: SelfProfile;
  needs: Need[];
  settings: Settings;
  /** Keyword weights learnt from confirmations and rejections: keyword → multiplier. */
  weights?: Record<string, number>;
}

export const EMPTY_SELF: SelfProfile = {
  name: '',
  organization: '',
  field: '',
  seniority: '',
  goal: '',
  success: '',
  offers: [],
  wants: [],
  location: '',
  formats: ['video', 'coffee'],
  premium: false,
};
