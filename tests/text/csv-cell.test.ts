import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PIPELINE_CSV_COLUMNS, pipelineCsv } from '../../lib/pipeline/pipeline-csv';
import { guardCell } from '../../lib/text/csv-cell';
import { person } from '../pipeline/factories';
import { recordFigures } from '../properties/figures';

// Cells a spreadsheet would run, as they reach the pipeline CSV from other people's pages,
// Connections.csv's Position and Company, and the user's own notes. Each must come out guarded.
const HOSTILE = [
  '=HYPERLINK("http://x","click")',
  '+1+cmd|" /C calc"!A0',
  '-2+3',
  '@SUM(1,2)',
  '\t=1+1',
  '\r=1+1',
  '\tplain after a tab',
  '\rplain after a CR',
  ' =1+1',
  '   \n=HYPERLINK("http://x")',
  '\n\n@SUM(A1)',
  '\u2028=1+1',
  '\u2029+1',
  '\u00A0=1',
  '\r\n-1',
  '=HYPERLINK("http://x")\nsecond line',
  '=HYPERLINK("http://x")\u2028second line',
  '\uFEFF=1',
  '\uFF1D1+1',
  '\uFF20SUM(1)',
];
const BENIGN = ['Ines Rivera', 'Head of R&D, 3+ years', 'a = b', 'email me @ work', "It's fine", '', '100%'];

/** What a spreadsheet sees: a cell is live when, past leading blanks, it starts like a formula. */
const live = (cell: string) =>
  /^[\s\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) || /^[\t\r]/.test(cell);

function cells(csv: string): string[][] {
  return Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
}

describe('pipeline CSV formula guard', () => {
  it(`guards each of ${HOSTILE.length} hostile cells in every text column`, () => {
    const people = HOSTILE.map((bad, i) =>
      person(`p-${i}`, { name: bad, headline: bad, company: bad, notes: bad, inPipeline: true }),
    );
    const rows = cells(pipelineCsv(people, [], []));
    expect(rows[0]).toEqual([...PIPELINE_CSV_COLUMNS]);
    let guarded = 0;
    for (const [i, bad] of HOSTILE.entries()) {
      const row = rows[i + 1]!;
      for (const col of ['Name', 'Company', 'Headline', 'Notes'] as const) {
        const cell = row[PIPELINE_CSV_COLUMNS.indexOf(col)]!;
        expect(cell, `${col} of ${JSON.stringify(bad)}`).toBe(`'${bad}`);
        expect(live(cell)).toBe(false);
        guarded++;
      }
    }
    recordFigures('csv-formula-guard', { hostile: HOSTILE.length, cells: guarded, live: 0 });
  });

  it('leaves ordinary text as it was, so the sheet reads what the user wrote', () => {
    for (const ok of BENIGN) expect(guardCell(ok)).toBe(ok);
    const rows = cells(pipelineCsv([person('ines-r', { name: BENIGN[1]!, inPipeline: true })], [], []));
    expect(rows[1]![0]).toBe(BENIGN[1]);
  });

  it('no cell of the whole file is live, whatever the columns hold', () => {
    const people = HOSTILE.map((bad, i) => person(`q-${i}`, { notes: bad, name: bad, inPipeline: true }));
    for (const row of cells(pipelineCsv(people, [], [])).slice(1))
      for (const cell of row) expect(live(cell), cell).toBe(false);
  });
});
