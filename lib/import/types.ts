import type { FieldChange } from './backup-preview';

// What an import answers (a backup JSON or Connections.csv), for the options page to word.

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
  /**
   * A backup that would replace what the user filled in, not applied: every field it would add,
   * replace or leave. The page shows it and imports again with `conflicts: 'replace'` or
   * `'keep-mine'` once the user has chosen (issue 14).
   */
  preview?: FieldChange[];
}

export interface ImportOptions {
  /** Connections.csv only: import the good rows and skip the bad ones, because the user agreed. */
  skipBadRows?: boolean;
  /**
   * A backup only, when it would replace fields the user filled in: `ask` (the default) applies
   * nothing and answers with the preview; `replace` applies the backup as it is; `keep-mine` applies
   * it with the user's filled-in fields put back. Into an empty store every choice is the same.
   */
  conflicts?: Conflicts;
}

export const CONFLICTS = ['ask', 'replace', 'keep-mine'] as const;
export type Conflicts = (typeof CONFLICTS)[number];
