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
}

export interface ImportOptions {
  /** Connections.csv only: import the good rows and skip the bad ones, because the user agreed. */
  skipBadRows?: boolean;
}
