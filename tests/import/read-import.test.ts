import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, readImport } from '../../lib/import/read-import';
import { bigConnectionsCsv } from './connections-fixtures';

// Reading a file is pure: no store, no database. What it makes of each kind of file is a plan the
// store applies, or a refusal worded for the person who picked the file.

const minimal = JSON.stringify({
  format: 'constellation-backup',
  version: 1,
  self: { name: '', seniority: 'senior' },
  needs: [{ id: 'project-feedback', status: 'unmet', ask: '', keywords: [] }],
  people: [],
  outreach: [],
});

describe('readImport', () => {
  it('a backup becomes a backup plan, defaults filled', () => {
    const read = readImport('b.json', minimal);
    expect(read.ok && read.plan.kind).toBe('backup');
    if (read.ok && read.plan.kind === 'backup')
      expect(read.plan.backup.self.formats).toEqual(['video', 'coffee']);
  });

  it('Connections.csv becomes rows, whatever the file is called', () => {
    const read = readImport('download (1).txt', bigConnectionsCsv(25));
    expect(read.ok && read.plan.kind === 'connections' && read.plan.rows.length).toBe(25);
  });

  it.each([
    ['not JSON', '{ "format": ', 'backup', /not valid JSON/],
    ['JSON array', '[1, 2]', 'backup', /expected an object/],
    ['another format', '{"format":"other"}', 'backup', /format is "other"/],
    ['no version', '{"format":"constellation-backup"}', 'backup', /no "version"/],
    ['a newer version', '{"format":"constellation-backup","version":2}', 'backup', /version 2/],
    ['a field of the wrong kind', minimal.replace('"unmet"', '"sometimes"'), 'backup', /needs\[0\]\.status/],
    ['plain text', 'hello there', 'unknown', /neither a Constellation backup/],
    [
      'an inherited name as format',
      '{"format":"constellation-backup","constructor":1}',
      'backup',
      /no "version"/,
    ],
  ])('%s: refused, saying why', (_what, text, kind, message) => {
    const read = readImport('f', text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.result.kind).toBe(kind);
    expect(read.result.message).toMatch(message);
    expect(read.result.message).toMatch(/nothing was imported/i);
  });

  it('too large: refused before parsing', () => {
    const read = readImport('huge.json', ' '.repeat(MAX_IMPORT_CHARS + 1));
    expect(!read.ok && read.result.message).toMatch(/too large/);
  });

  it('bad Connections.csv rows: refused with the count of good ones, taken when the user agrees', () => {
    const csv = `${bigConnectionsCsv(3)}\r\nNo,Url,not a url,,,,\r\n`;
    const first = readImport('Connections.csv', csv);
    expect(!first.ok && first.result.goodRows).toBe(3);
    const again = readImport('Connections.csv', csv, { skipBadRows: true });
    expect(again.ok && again.plan.kind === 'connections' && again.plan.skipped).toBe(1);
  });
});
