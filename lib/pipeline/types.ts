import type { Channel, ClosedReason, Label, NeedId, Person, Stage, Tag, TouchKind } from '../domain';

// The pipeline's own request and answer shapes: the pipeline's rules, the store's read models and
// the pages' contract (lib/messages/pages.ts) all take them from here.

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

/** A connection from Connections.csv who could meet an unmet need: "already in your network". */
export interface NetworkSuggestion {
  person: Person;
  tags: Tag[];
  labels: Label[];
}
