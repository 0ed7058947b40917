import Papa from 'papaparse';
import type { Need, OutreachEvent, Person } from '../domain';
import { needName } from '../needs-catalog';
import { guardCell } from '../text/csv-cell';
import { eventsBySlug } from './follow-ups';
import { isInPipeline } from './in-pipeline';

export const PIPELINE_CSV_COLUMNS = [
  'Name',
  'Profile URL',
  'Company',
  'Headline',
  'Degree',
  'Stage',
  'Closed reason',
  'Needs',
  'Last step',
  'Last channel',
  'Notes',
] as const;

/**
 * The pipeline as a spreadsheet, one row per person. Formula-looking cells are escaped: names and
 * headlines come from other people's pages (and Connections.csv), notes from anywhere, and a
 * spreadsheet must not run them.
 */
export function pipelineCsv(
  people: readonly Person[],
  events: readonly OutreachEvent[],
  needs: readonly Need[],
): string {
  const bySlug = eventsBySlug(events);
  const names = new Map(needs.map((n) => [n.id as string, needName(n)]));
  const rows = people.filter(isInPipeline).map((p) => {
    const history = bySlug.get(p.slug) ?? [];
    return [
      p.name,
      `https://www.linkedin.com/in/${p.slug}/`,
      p.company,
      p.headline,
      p.degree ?? '',
      p.stage,
      p.closedReason ?? '',
      p.needs.map((id) => names.get(id) ?? id).join('; '),
      history.at(-1)?.at.slice(0, 10) ?? '',
      history.findLast((e) => e.channel)?.channel ?? '',
      p.notes,
    ].map(guardCell);
  });
  return Papa.unparse(
    { fields: [...PIPELINE_CSV_COLUMNS], data: rows },
    // Our guard, not papaparse's (lib/text/csv-cell.ts says why); headers are ours.
    { escapeFormulae: false, newline: '\r\n' },
  );
}
