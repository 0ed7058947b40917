import type { IDBPDatabase } from 'idb';

// Version 2: the pipeline. People keyed by LinkedIn slug; the outreach history append-only, one
// event per record. v1's stores are untouched: nothing to rewrite, only new stores to add.

export interface PersonV2 {
  slug: string;
  name: string;
  headline: string;
  company: string;
  degree: number | null;
  stage: 'identified' | 'drafted' | 'sent' | 'replied' | 'meeting' | 'ongoing' | 'closed';
  closedReason?: 'declined' | 'no-reply' | 'other';
  needs: string[];
  snapshot?: Record<string, unknown>;
  tags: { need: string; strength: number; reasons: string[] }[];
  labels: string[];
  rejected: string[];
  confirmed: string[];
  notes: string;
  source: 'page' | 'connections-csv' | 'import';
  /** false: known (a connection, a rejected tag) but not yet in the pipeline. */
  inPipeline?: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface OutreachEventV2 {
  id: string;
  slug: string;
  stage: PersonV2['stage'];
  closedReason?: PersonV2['closedReason'];
  at: string;
  channel?: 'connection-note' | 'message' | 'inmail' | 'email';
  text?: string;
  needs: string[];
  note?: string;
  kind?: 'follow-up' | 'thank-you' | 'next-date';
  nextAt?: string;
}

export function migrateToV2(db: IDBPDatabase<unknown>): void {
  const people = db.createObjectStore('people', { keyPath: 'slug' });
  people.createIndex('stage', 'stage');
  const outreach = db.createObjectStore('outreach', { keyPath: 'id' });
  outreach.createIndex('slug', 'slug');
  outreach.createIndex('at', 'at');
}
