import { LIMITS } from '../caps';
import type { Person } from '../domain';
import { blankPerson } from '../store/person-shape';
import { cleanText } from '../text/clean';

/** One row of LinkedIn's Connections.csv, as read (email is not kept: the product never needs it). */
export interface ConnectionRow {
  slug: string;
  firstName: string;
  lastName: string;
  company: string;
  position: string;
  connectedOn: string;
}

function headlineOf(row: ConnectionRow): string {
  if (row.position && row.company) return `${row.position} at ${row.company}`;
  return row.position || row.company;
}

const clean = (raw: string, max?: number) => cleanText(raw, { max }) ?? '';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The person a row makes, merged into what is already known: a connection is 1st degree, and the
 * file's name, company and position replace older file data but never what the user's own visit
 * to the page read (fresher and fuller). No snapshot: the row's few fields are on the person
 * already, and 30,000 lean records import faster. Returns null when nothing changes, so a
 * second import of the same file writes nothing.
 */
export function mergeConnection(
  existing: Person | undefined,
  row: ConnectionRow,
  now: string,
): Person | null {
  // The door's rule (lib/text/clean.ts): a file's cells are text from outside, like a page's.
  const caps = LIMITS.person;
  const name = clean(`${clean(row.firstName)} ${clean(row.lastName)}`, caps.name);
  const headline = clean(
    headlineOf({ ...row, position: clean(row.position), company: clean(row.company) }),
    caps.headline,
  );
  const company = clean(row.company, caps.company);
  if (!existing) {
    return { ...blankPerson(row.slug, now), name, headline, company, degree: 1, source: 'connections-csv' };
  }
  const fromFile = existing.source === 'connections-csv';
  const next: Person = {
    ...existing,
    degree: 1,
    name: fromFile || !existing.name ? name : existing.name,
    headline: fromFile || !existing.headline ? headline : existing.headline,
    company: fromFile || !existing.company ? company : existing.company,
  };
  if (sameJson({ ...next, updatedAt: '' }, { ...existing, updatedAt: '' })) return null;
  return { ...next, updatedAt: now };
}
