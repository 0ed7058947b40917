import { type Person, STAGES } from '../domain';
import { emptyCounts } from '../pipeline/pipeline-page';
import type { PipelinePage, PipelineQuery } from '../pipeline/types';
import type { Db } from './db';
import { type Problems, readPerson } from './records';

/**
 * Counts and latest rows per stage from the [stage, updatedAt] index, whatever the pipeline's
 * size: per stage, its keys in index order (strings only: the count, and the latest are the last
 * ones), then the latest records fetched at once. Two rounds of requests in all, where a cursor
 * walk costs one round per row in Chromium. Find and filter need every record and are answered
 * from memory by the caller instead.
 */
export async function pageFromIndex(db: Db, query: PipelineQuery, problems: Problems): Promise<PipelinePage> {
  const tx = db.transaction(['people']);
  const store = tx.objectStore('people');
  const index = store.index('stage-updated');
  const stages = query.stage ? [query.stage] : STAGES;
  const read = readPerson(problems);
  const counts = emptyCounts();
  const people: Person[] = [];
  await Promise.all(
    stages.map(async (stage) => {
      // Every updatedAt of a stage sorts after [stage] and before [stage, []] (arrays sort last).
      const range = IDBKeyRange.bound([stage], [stage, []]);
      if (query.limit <= 0) {
        counts[stage] = await index.count(range);
        return;
      }
      const keys = await index.getAllKeys(range);
      counts[stage] = keys.length;
      const latest = keys.slice(-query.limit).reverse();
      // 'people' holds pipeline people only (putPerson sends the others to 'network').
      for (const raw of await Promise.all(latest.map((key) => store.get(key)))) {
        const person = raw ? read(raw) : null;
        if (person) people.push(person);
      }
    }),
  );
  return { counts, people };
}
