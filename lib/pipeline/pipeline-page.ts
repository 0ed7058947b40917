import { type Person, STAGES, type Stage } from '../domain';
import type { PipelinePage, PipelineQuery } from '../pipeline/types';

/** Case- and accent-blind, so "jose" finds "José". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function emptyCounts(): Record<Stage, number> {
  return Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
}

/** A predicate for a query's need and find text (the stage is the caller's). */
export function matcherFor(query: Pick<PipelineQuery, 'need' | 'query'>): (person: Person) => boolean {
  const q = fold((query.query ?? '').trim());
  const need = query.need;
  return (person) =>
    (!need || person.needs.includes(need)) && (!q || fold(`${person.name} ${person.slug}`).includes(q));
}

const recentFirst = (a: Person, b: Person) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;

/** The page over people already in memory (find and filter, tests): same answer as the index path. */
export function pageOf(people: readonly Person[], query: PipelineQuery): PipelinePage {
  const counts = emptyCounts();
  const byStage = new Map<Stage, Person[]>();
  const wanted = matcherFor(query);
  for (const p of people) {
    if ((query.stage && p.stage !== query.stage) || !wanted(p)) continue;
    counts[p.stage]++;
    const list = byStage.get(p.stage) ?? [];
    list.push(p);
    byStage.set(p.stage, list);
  }
  const rows = [...byStage.values()].flatMap((list) => list.sort(recentFirst).slice(0, query.limit));
  return { counts, people: rows };
}
