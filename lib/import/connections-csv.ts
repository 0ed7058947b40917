import Papa from 'papaparse';
import { slugFromUrl } from '../linkedin-url';
import type { ConnectionRow } from './connection-row';

// LinkedIn's "Download your data" → Connections.csv. Shape seen in exports since 2019: a few
// "Notes:" lines above the header (with a quoted paragraph about missing email addresses), then
//   First Name,Last Name,URL,Email Address,Company,Position,Connected On
// Older exports have no notes and no URL column; those cannot be keyed and are refused.

export const CONNECTION_COLUMNS = [
  'First Name',
  'Last Name',
  'URL',
  'Email Address',
  'Company',
  'Position',
  'Connected On',
] as const;
/** Without these a row cannot become a person worth suggesting. */
const REQUIRED = ['First Name', 'Last Name', 'URL', 'Company', 'Position'] as const;
/** The header is looked for among the first rows only: notes above it are a handful of lines. */
const HEADER_SEARCH_ROWS = 20;

export type ConnectionsParse =
  | { ok: true; rows: ConnectionRow[]; problems: string[] }
  | { ok: false; reason: 'empty' | 'foreign-header' | 'no-header' | 'missing-columns'; message: string };

const norm = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();

/** True when the text looks like a CSV with LinkedIn's connection columns anywhere near the top. */
export function looksLikeConnections(text: string): boolean {
  const head = norm(text.slice(0, 4000));
  return head.includes('first name') && head.includes('last name');
}

function findHeader(rows: string[][]): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const cells = rows[i]!.map(norm);
    if (cells.includes('first name') && cells.includes('last name')) return i;
  }
  return -1;
}

/** First row that has several cells: the header, whatever its language. */
function guessHeader(rows: string[][]): string[] | null {
  return rows.slice(0, HEADER_SEARCH_ROWS).find((r) => r.filter((c) => c.trim()).length >= 5) ?? null;
}

export function parseConnections(text: string): ConnectionsParse {
  if (!text.trim()) return { ok: false, reason: 'empty', message: 'The file is empty.' };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  const at = findHeader(rows);
  if (at < 0) {
    const other = guessHeader(rows);
    if (other?.some((c) => norm(c) === 'url'))
      return {
        ok: false,
        reason: 'foreign-header',
        message: `The column names are not LinkedIn's English ones (found: ${other.slice(0, 7).join(', ')}). Set LinkedIn's language to English, download your data again and import that Connections.csv.`,
      };
    return {
      ok: false,
      reason: 'no-header',
      message: `This is not LinkedIn's Connections.csv: no header row with ${CONNECTION_COLUMNS.join(', ')}.`,
    };
  }
  const header = rows[at]!.map(norm);
  const missing = REQUIRED.filter((c) => !header.includes(c.toLowerCase()));
  if (missing.length)
    return {
      ok: false,
      reason: 'missing-columns',
      message: `Connections.csv is missing the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. Download your data from LinkedIn again and import the new file.`,
    };
  const col = (name: string) => header.indexOf(name.toLowerCase());
  const [first, last, url, company, position, connected] = [
    'First Name',
    'Last Name',
    'URL',
    'Company',
    'Position',
    'Connected On',
  ].map(col) as [number, number, number, number, number, number];
  const out: ConnectionRow[] = [];
  const problems: string[] = [];
  for (let i = at + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    // Counted from the header, as a spreadsheet shows the connections (notes above it vary).
    const where = `connection ${i - at}`;
    if (cells.length !== header.length) {
      problems.push(
        `${where}: ${cells.length} of ${header.length} columns (a line break or comma out of place?)`,
      );
      continue;
    }
    const cell = (j: number) => (j >= 0 ? (cells[j] ?? '').trim() : '');
    const slug = slugFromUrl(cell(url).trim());
    if (!slug) {
      const who = `${cell(first)} ${cell(last)}`.trim();
      problems.push(
        cell(url)
          ? `${where}${who ? ` (${who.slice(0, 80)})` : ''}: URL is not a LinkedIn profile address`
          : `${where}${who ? ` (${who.slice(0, 80)})` : ''}: no profile URL`,
      );
      continue;
    }
    out.push({
      slug,
      firstName: cell(first),
      lastName: cell(last),
      company: cell(company),
      position: cell(position),
      connectedOn: cell(connected),
    });
  }
  if (!out.length && !problems.length)
    return { ok: false, reason: 'empty', message: 'Connections.csv has a header but no connections.' };
  return { ok: true, rows: out, problems };
}
