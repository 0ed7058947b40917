import type { z } from 'zod';
import { describeIssues, needSchema, outreachSchema, personSchema } from '../backup/schema';
import type { Need, OutreachEvent, Person } from '../domain';
import { quickEvent, quickPerson } from './quick-check';

// Records are validated on the way out of IndexedDB: a record damaged by a bug, an old build or a
// hand edit is skipped and reported, so one bad record never blanks the popup.

/** Where a skipped record is reported. */
export type Problems = Pick<string[], 'push'>;

function checked<T>(
  schema: z.ZodType,
  what: (raw: unknown) => string,
  problems: Problems,
  quick: (raw: unknown) => boolean = () => false,
) {
  return (raw: unknown): T | null => {
    if (quick(raw)) return raw as T;
    const result = schema.safeParse(raw);
    if (result.success) return result.data as T;
    problems.push(`${what(raw)} skipped: ${describeIssues(result.error, 2).join('; ')}`);
    return null;
  };
}

// Only a string or a number names the record: String() of an object whose own `toString` is not
// a function throws, and a throw here stopped the damage report (found by hostile-records).
const key = (raw: unknown, field: string) => {
  const value =
    raw && typeof raw === 'object' && field in raw ? (raw as Record<string, unknown>)[field] : null;
  return typeof value === 'string' || typeof value === 'number' ? String(value).slice(0, 80) : '?';
};

export const readPerson = (problems: Problems) =>
  checked<Person>(personSchema, (r) => `person ${key(r, 'slug')}`, problems, quickPerson);
export const readEvent = (problems: Problems) =>
  checked<OutreachEvent>(outreachSchema, (r) => `event ${key(r, 'id')}`, problems, quickEvent);
export const readNeed = (problems: Problems) =>
  checked<Need>(needSchema, (r) => `need ${key(r, 'id')}`, problems);

export function readAll<T>(raws: readonly unknown[], read: (raw: unknown) => T | null): T[] {
  const out: T[] = [];
  for (const raw of raws) {
    const value = read(raw);
    if (value) out.push(value);
  }
  return out;
}
