import type { Person } from '../domain';

/** One row of LinkedIn's Connections.csv, as read (email is not kept: the product never needs it). */
export interface ConnectionRow {
  slug: string;
  firstName: string;
  lastName: string;
  company: string;
  position: string;
  connectedOn: string;
}

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

function headlineOf(row: ConnectionRow): string {
  if (row.position && row.company) return `${row.position} at ${row.company}`;
  return row.position || row.company;
}

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
  const name = clip(`${row.firstName} ${row.lastName}`.replace(/\s+/g, ' ').trim(), 300);
  const headline = clip(headlineOf(row), 1000);
  const company = clip(row.company, 300);
  if (!existing) {
    return {
      slug: row.slug,
      name,
      headline,
      company,
      degree: 1,
      stage: 'identified',
      needs: [],
      tags: [],
      labels: [],
      rejected: [],
      confirmed: [],
      notes: '',
      source: 'connections-csv',
      inPipeline: false,
      createdAt: now,
      updatedAt: now,
    };
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
