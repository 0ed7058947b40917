import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConnections } from '../../lib/import/connections-csv';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/csv', name), 'utf8');

describe('parseConnections: LinkedIn exports', () => {
  it('reads the notes-above-header export with quoted commas, quotes and line breaks', () => {
    const result = parseConnections(fixture('connections-basic.csv'));
    if (!result.ok) throw new Error(result.message);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(8);
    expect(result.rows[1]).toEqual({
      slug: 'brunocastellano',
      firstName: 'Bruno',
      lastName: 'Castellano',
      company: 'Meridian Health, Inc.',
      position: 'Director, Clinical Research',
      connectedOn: '02 Feb 2023',
    });
    expect(result.rows[3]).toMatchObject({
      slug: 'dörte-müller',
      firstName: 'Dörte',
      lastName: 'Müller-Lüdenscheidt',
    });
    expect(result.rows[4]).toMatchObject({
      lastName: 'O\'Connor "Doc"',
      position: 'Physician; Grant Writing Mentor',
    });
    expect(result.rows[5]).toMatchObject({ slug: 'farahhaddad', company: '' });
    expect(result.rows[6]?.position).toBe('Product Manager\nLogistics');
  });

  it('reads a file with a byte-order mark and no notes', () => {
    const result = parseConnections(fixture('connections-bom.csv'));
    expect(result.ok && result.rows.map((r) => r.slug)).toEqual([
      'ada-quist-4b1a2c',
      'brunocastellano',
      'chiamaka-eze',
    ]);
  });

  it('lists bad rows, naming each, and keeps the good ones', () => {
    const result = parseConnections(fixture('connections-bad-rows.csv'));
    if (!result.ok) throw new Error(result.message);
    expect(result.rows).toHaveLength(3);
    expect(result.problems).toEqual([
      'connection 4 (Ivo Petrov): no profile URL',
      'connection 5 (Jana Novak): URL is not a LinkedIn profile address',
      'connection 6: 5 of 7 columns (a line break or comma out of place?)',
    ]);
  });
});

describe('parseConnections: files it must refuse', () => {
  it.each([
    ['connections-missing-columns.csv', 'missing-columns', /missing the columns Company, Position/],
    [
      'connections-german.csv',
      'foreign-header',
      /not LinkedIn's English ones \(found: Vorname, Nachname, URL/,
    ],
    [
      'connections-garbage.csv',
      'no-header',
      /not LinkedIn's Connections\.csv: no header row with First Name/,
    ],
  ])('%s', (file, reason, message) => {
    const result = parseConnections(fixture(file));
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.message).toMatch(message);
  });

  it.each([
    ['empty', ''],
    ['only whitespace', ' \n\r\n '],
    ['header only', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'],
  ])('%s', (_name, text) => {
    expect(parseConnections(text)).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('one missing column is named in the singular', () => {
    const result = parseConnections(
      'First Name,Last Name,URL,Email Address,Company,Connected On\nA,B,https://www.linkedin.com/in/a,,C,D\n',
    );
    expect(!result.ok && result.message).toMatch(/missing the column Position\./);
  });

  it('a header far below the top (not LinkedIn’s shape) is not searched for', () => {
    const text = `${'junk line\n'.repeat(30)}First Name,Last Name,URL,Email Address,Company,Position,Connected On\n`;
    expect(parseConnections(text)).toMatchObject({ ok: false, reason: 'no-header' });
  });
});
