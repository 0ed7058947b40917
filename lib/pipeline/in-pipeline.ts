import type { Person } from '../domain';

/** Connections and rejected-only records are known but not in the pipeline until the user acts. */
export function isInPipeline(person: Pick<Person, 'inPipeline'>): boolean {
  return person.inPipeline !== false;
}
