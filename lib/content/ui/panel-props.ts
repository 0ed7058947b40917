import type { Label, NeedId, Stage, Tag } from '../../domain';

export type PanelStatus = 'reading' | 'tagging' | 'ready' | 'error' | 'unreadable';
export type Verdict = 'confirm' | 'reject';

/** What the profile panel shows and what its buttons do. */
export interface ProfilePanelProps {
  status: PanelStatus;
  /** As read from the page; null when it could not be read. */
  name: string | null;
  headline?: string | null;
  tags: Tag[];
  labels: Label[];
  /** Profile fields the reader could not find on this page. */
  missing: string[];
  /** Display name per need id: the user's own names for renamed and custom needs. */
  needNames: Record<string, string>;
  /** Each label in words and why (from the background); the label's id when absent. */
  labelWords?: Partial<Record<Label, [text: string, why: string]>>;
  /** What went wrong, in words a person can act on (status 'error'). */
  error?: string | null;
  /** The pipeline stage when this person is already saved. */
  stage?: Stage | null;
  confirmed?: NeedId[];
  collapsed: boolean;
  onToggle: (collapsed: boolean) => void;
  /** Saves with the tagged needs; resolves to the stage the person is in. */
  onSave: () => Promise<Stage>;
  onDraft: (need: NeedId | null) => Promise<void>;
  onFeedback: (need: NeedId, verdict: Verdict) => Promise<void>;
  onOpenNeedsMap: () => Promise<void>;
  /** Text for "Copy diagnostic": page structure only, no page content. */
  diagnostic?: () => Promise<string | null>;
  /** False when the page forbids the clipboard; the text is then shown to copy by hand. */
  copy?: (text: string) => Promise<boolean>;
}

/** The panel's own state for one person: what the user did here since the panel showed them. */
export interface PanelState {
  rejected: NeedId[];
  confirmed: NeedId[];
  /** Needs whose every reason is shown. */
  open: NeedId[];
  saved: Stage | null;
  busy: boolean;
  /** The last action's failure (save, draft, needs map). */
  problem: string | null;
  /** The last verdict's failure. */
  tagProblem: string | null;
  copied: boolean;
  /** The diagnostic to copy by hand, when the clipboard said no. */
  shown: string | null;
}

export const freshState = (): PanelState => ({
  rejected: [],
  confirmed: [],
  open: [],
  saved: null,
  busy: false,
  problem: null,
  tagProblem: null,
  copied: false,
  shown: null,
});

/**
 * A thrown error as one line a person can read: the content script's one helper (the pages have
 * components/shared's, the background lib/background/router.ts's readableError, which words its own
 * errors before they get here).
 */
export function errorText(error: unknown, fallback = 'Something went wrong. Try again.'): string {
  return error instanceof Error && error.message ? error.message : fallback;
}
