import type { IDBPIndex } from 'idb';
import type { PipelinePage, PipelineQuery } from '../api';
import { type Person, STAGES } from '../domain';
import { emptyCounts } from '../pipeline/pipeline-page';
import type { ConstellationDB, Db } from './db';
import { type Problems, readPerson } from './records';

/**
 * Counts and latest rows per stage from the [stage, updatedAt] index: a count and `limit` cursor
 * steps per stage, whatever the pipeline's size. Find and filter need every record and are
 * answered from memory by the caller instead.
 */
export async function pageFromIndex(db: Db, query: PipelineQuery, problems: Problems): Promise<PipelinePage> {
  const tx = db.transaction(['people']);
  const index = tx.objectStore('people').index('stage-updated');
  const stages = query.stage ? [query.stage] : STAGES;
  const read = readPerson(problems);
  const counts = emptyCounts();
  const people: Person[] = [];
  await Promise.all(
    stages.map(async (stage) => {
      // Every updatedAt of a stage sorts after [stage] and before [stage, []] (arrays sort last).
      const range = IDBKeyRange.bound([stage], [stage, []]);
      const [count, rows] = await Promise.all([index.count(range), latest(index, range, query.limit)]);
      counts[stage] = count;
      // 'people' holds pipeline people only (putPerson sends the others to 'network').
      for (const raw of rows) {
        const person = read(raw);
        if (person) people.push(person);
      }
    }),
  );
  return { counts, people };
}

type Index = IDBPIndex<ConstellationDB, ['people'], 'people', 'stage-updated', 'readonly'>;

async function latest(index: Index, range: IDBKeyRange, limit: number): Promise<unknown[]> {
  const out: unknown[] = [];
  if (limit <= 0) return out;
  let cursor = await index.openCursor(range, 'prev');
  while (cursor) {
    out.push(cursor.value);
    if (out.length >= limit) break;
    cursor = await cursor.continue();
  }
  return out;
}
