import { type IDBPDatabase, type IDBPTransaction, unwrap } from 'idb';

// Version 3: people known but not in the pipeline (connections from Connections.csv, people whose
// tags the user only judged) move to their own store, so the popup's pipeline never reads tens of
// thousands of connections. Records keep their v2 shape (PersonV2), frozen here as v3 found them.

export interface PersonV3 {
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
  /** false: lives in 'network'; absent or true: in 'people'. */
  inPipeline?: boolean;
  createdAt: string;
  updatedAt: string;
}

export function migrateToV3(
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
): void {
  db.createObjectStore('network', { keyPath: 'slug' });
  // Raw requests with callbacks: they run inside the upgrade transaction, which waits for them.
  const raw = unwrap(tx);
  const people = raw.objectStore('people');
  const network = raw.objectStore('network');
  const walk = people.openCursor();
  walk.onsuccess = () => {
    const cursor = walk.result;
    if (!cursor) return;
    const person = cursor.value as PersonV3;
    if (person && person.inPipeline === false) {
      network.put(person);
      cursor.delete();
    }
    cursor.continue();
  };
}
